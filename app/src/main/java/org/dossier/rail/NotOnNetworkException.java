package org.dossier.rail;

/** A place of the package that is no station of any line, asked for as one. */
public final class NotOnNetworkException extends RuntimeException {
    private final String placeId;

    public NotOnNetworkException(String placeId, String name) {
        super("'" + (name == null ? placeId : name) + "' (" + placeId + ") is a place of the package but no station of any line");
        this.placeId = placeId;
    }

    public String placeId() {
        return placeId;
    }
}
