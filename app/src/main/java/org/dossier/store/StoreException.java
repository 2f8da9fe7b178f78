package org.dossier.store;

/** The database failed or refused: cannot open, migrate, read or write. Nothing was half-written. */
public final class StoreException extends RuntimeException {
    StoreException(String message, Throwable cause) {
        super(message + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }
}
