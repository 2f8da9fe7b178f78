package org.dossier.store;

/**
 * The database failed or refused: cannot open, migrate, read or write. Nothing was half-written.
 * The message is one line: what failed, and the deepest cause's first line (Flyway's own messages
 * run over several).
 */
public final class StoreException extends RuntimeException {
    StoreException(String message, Throwable cause) {
        super(message + reason(cause), cause);
    }

    private static String reason(Throwable cause) {
        Throwable root = cause;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root == null || root.getMessage() == null || root.getMessage().isBlank()) {
            return "";
        }
        return ": " + root.getMessage().strip().lines().findFirst().orElse("");
    }
}
