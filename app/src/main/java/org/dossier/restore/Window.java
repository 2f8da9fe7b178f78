package org.dossier.restore;

import java.io.IOException;
import java.util.Arrays;

/**
 * The stretch of a streamed text restored at one go: whole lines, from global line
 * {@link #firstLine()} on, with the global character offset where they begin. It is filled up to
 * a size from the stream, and its head dropped once restored, so only a window's worth of text
 * is ever held (a single line longer than the window is held whole).
 */
final class Window {
    private final StringBuilder text = new StringBuilder();
    /** Offsets into {@link #text} where each held line begins. */
    private int[] starts = new int[1024];
    private int count;
    private int firstLine = 1;
    private long charBase;
    private boolean ended;
    /** A line read ahead to learn whether the text goes on; it opens the next fill. */
    private String ahead;
    private boolean aheadTerminated;

    /**
     * Reads lines until the window holds at least {@code size} characters or the text ends,
     * feeding each to the digest as it is read. Returns whether the text has ended.
     */
    boolean fill(RawLines lines, int size, SourceDigest digest) throws IOException {
        if (ahead != null) {
            append(ahead, aheadTerminated, digest);
            ahead = null;
        }
        while (!ended && text.length() < size) {
            String line = lines.next();
            if (line == null) {
                ended = true;
                break;
            }
            append(line, lines.terminated(), digest);
        }
        if (!ended) {
            ahead = lines.next();
            aheadTerminated = lines.terminated();
            ended = ahead == null;
        }
        return ended;
    }

    private void append(String line, boolean terminated, SourceDigest digest) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = text.length();
        text.append(line);
        digest.update(line);
        if (terminated) {
            text.append('\n');
            digest.update("\n");
        }
    }

    String text() {
        return text.toString();
    }

    boolean isBlank() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** How many lines the window holds. */
    int lineCount() {
        return count;
    }

    /** The global 1-based number of the window's first line. */
    int firstLine() {
        return firstLine;
    }

    /** The global character offset where the window's text begins. */
    int charBase() {
        if (charBase > Integer.MAX_VALUE) {
            throw new UnreadableInputException("text too long: offsets past 2^31 characters cannot be recorded");
        }
        return (int) charBase;
    }

    /** Drops the lines before window line {@code line} (1-based; {@code lineCount() + 1} drops all). */
    void dropBefore(int line) {
        int drop = line - 1;
        int chars = drop >= count ? text.length() : starts[drop];
        text.delete(0, chars);
        System.arraycopy(starts, drop, starts, 0, count - drop);
        count -= drop;
        for (int i = 0; i < count; i++) {
            starts[i] -= chars;
        }
        firstLine += drop;
        charBase += chars;
    }
}
