package org.dossier.rail;

/** A problem in the package's railway data found while building the network: recorded, never thrown. */
public record NetworkIssue(String line, String message) {
    @Override
    public String toString() {
        return (line == null ? "" : "line " + line + ": ") + message;
    }
}
