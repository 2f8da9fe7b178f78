package org.dossier.restore;

import java.io.IOException;
import java.io.Reader;

/**
 * The streamed form of {@link RawText#normaliseLineEnds}: a byte-order mark at the start is
 * dropped and CRLF and lone CR become LF, also where a CR ends one read and its LF begins the next.
 */
final class LineEndReader extends Reader {
    private final Reader in;
    private boolean started;
    private boolean afterCr;

    LineEndReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (true) {
            int n = in.read(buffer, offset, length);
            if (n <= 0) {
                return n;
            }
            int out = offset;
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                boolean bom = !started && c == '\uFEFF';
                started = true;
                if (bom || (afterCr && c == '\n')) {
                    afterCr = false;
                    continue;
                }
                afterCr = c == '\r';
                buffer[out++] = afterCr ? '\n' : c;
            }
            if (out > offset) {
                return out - offset;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
