package org.dossier.restore;

/**
 * Thrown by {@link RawText#decode(byte[])} when the bytes are not text at all (binary data):
 * there is nothing to restore. Damage inside a text is never thrown; it is recorded as a
 * {@link RestoreIssue}.
 */
public final class UnreadableInputException extends RuntimeException {
    public UnreadableInputException(String message) {
        super(message);
    }
}
