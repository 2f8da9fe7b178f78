package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Synthetic texts in the shape of a weekly bulletin: headings run into text, split paragraphs, furniture. */
class BulletinShapeTest {

    private static String lines(String prefix, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(prefix).append(" goes on with more words in line ").append(i).append(" here\n");
        }
        return b.toString();
    }

    private static List<String> texts(Edition e) {
        return e.paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void aHeadingRunIntoItsTextStillContinuesAcrossABlankLine() {
        String raw = "IS THE WAR NEAR ITS END? The meeting\n" + lines("the story", 6)
            + "while a sudden collapse cannot be excluded\n\n\nfrom the calculations, it would seem wise.\n"
            + lines("it", 4);
        List<String> t = texts(Restorer.standard().restore(raw));
        assertTrue(t.stream().anyMatch(p -> p.contains("cannot be excluded from the calculations")), t.toString());
    }

    @Test
    void aRunInHeadingDoesNotStopItsSentenceAtABlankLine() {
        String raw = lines("the story", 8) + "\nTHE NEIGHBOUR HOLDS ALOOF. In\n\n\nany case, the capital considers it.\n"
            + lines("it", 4);
        List<String> t = texts(Restorer.standard().restore(raw));
        assertTrue(t.stream().anyMatch(p -> p.contains("ALOOF. In any case")), t.toString());
    }
}
