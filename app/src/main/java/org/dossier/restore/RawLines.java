package org.dossier.restore;

import java.io.IOException;
import java.io.Reader;

/**
 * A text read from a stream one line at a time, lines ending at {@code \n} (line ends are
 * normalised before, by {@link LineEndReader}). Only the line being read is held. The last line
 * may end without a line feed; {@link #terminated()} tells.
 */
final class RawLines {
    private final Reader in;
    private final char[] buffer = new char[1 << 15];
    private int at;
    private int filled;
    private boolean terminated;
    private final StringBuilder line = new StringBuilder();

    RawLines(Reader in) {
        this.in = in;
    }

    /** The next line without its line feed, or null at the end of the text. */
    String next() throws IOException {
        line.setLength(0);
        while (true) {
            if (at == filled) {
                filled = in.read(buffer, 0, buffer.length);
                at = 0;
                if (filled <= 0) {
                    filled = 0;
                    terminated = false;
                    return line.length() == 0 ? null : line.toString();
                }
            }
            int from = at;
            while (at < filled && buffer[at] != '\n') {
                at++;
            }
            line.append(buffer, from, at - from);
            if (at < filled) {
                at++;
                terminated = true;
                return line.toString();
            }
        }
    }

    /** Whether the line last returned ended with a line feed. */
    boolean terminated() {
        return terminated;
    }
}
