package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SourceDigestTest {
    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void digestOfALongTextEqualsTheDigestOfItsUtf8BytesWhereverSurrogatePairsFall() throws Exception {
        for (int at : new int[] {4_094, 4_095, 4_096, 8_191, 32_767, 32_768, 65_535}) {
            StringBuilder b = new StringBuilder();
            while (b.length() < at) {
                b.append("Word after word ’ on a line\n");
            }
            b.setLength(at);
            b.append("\uD83D\uDE00").append(" and a lone \uD800 surrogate\n");
            while (b.length() < 70_000) {
                b.append("more text of the report\n");
            }
            String raw = b.toString();
            assertEquals(sha256(raw), Restorer.standard().restore(raw).sourceSha256(), "pair at " + at);
        }
    }
}
