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

    @Test
    void dropsSubscriptionNoticesPostalEntryAndLibraryStampsByTheirShape() {
        String raw = lines("the story", 8) + "\n\nPERIODICAL ROOM\n\nCENTRAL LIBRARY\nUNIV. OF OHIO\n\nMAR 4 1941\n\n"
            + "Columbus, Ohio\n\n" + lines("the tale", 6)
            + "\n\nEntered as 2nd class matter\n\nX. Y. Z. Membership (which includes the Letter), Seven Dollars a Year\n\n"
            + "Subscription $4 a year; to members $2.\n\n"
            + lines("the end", 5) + "and members paid five dollars a year for the privilege, as the\n" + lines("report", 3);
        Edition e = Restorer.standard().restore(raw);
        String body = String.join("\n", texts(e));
        for (String furniture : List.of("PERIODICAL", "LIBRARY", "OHIO", "MAR 4", "Columbus", "Entered", "Membership",
                "Subscription")) {
            assertTrue(!body.contains(furniture), furniture + " left in " + body);
        }
        assertTrue(body.contains("paid five dollars a year for the privilege"), body);
        assertTrue(body.contains("the tale goes on") && body.contains("the end goes on"), body);
    }

    @Test
    void dropsAPostalNoticeBrokenAcrossLinesAndAMastheadLineWithoutItsYear() {
        String raw = lines("the story", 8) + "\n\nEntered as second-\nclass matter May 2,\n1921, at the Post\nOffice at Boston,\n"
            + "Mass., under the act\nof March 3, 1879.\n\nWEEKLY NEWS LETTER. Vol. XV, No. 31, May 29,\n\n"
            + lines("the tale", 6);
        String body = String.join("\n", texts(Restorer.standard().restore(raw)));
        for (String furniture : List.of("Entered", "Post", "1879", "Vol. XV")) {
            assertTrue(!body.contains(furniture), furniture + " left in " + body);
        }
        assertTrue(body.contains("the story goes on") && body.contains("the tale goes on"), body);
    }

    @Test
    void dropsColumnRulesFromTheTextAndRecordsInterleavedColumns() {
        String raw = lines("the story", 6) + "it was a matter of Ger- |\nman policy that | the talks\n| went on as before.\n"
            + lines("the tale", 4) + "the army and | second column words\nthe navy and | more column words\n" + lines("end", 3);
        Edition e = Restorer.standard().restore(raw);
        String body = String.join("\n", texts(e));
        assertTrue(!body.contains("|"), body);
        assertTrue(body.contains("matter of German policy that the talks went on as before."), body);
        assertTrue(e.issues().stream().anyMatch(i -> i.message().startsWith("columns interleaved: 3 line(s)") && i.line() == 8),
            e.issues().toString());
    }

    @Test
    void keepsTheOpeningLineSetApartByADropCapital() {
        String raw = "WEEKLY LETTER\n\nVol. XII, No. 5\n\n\nMarch 1, 1941\n\n\nHARBOURS MUST BE OPENED FIRST\n\n\n"
            + "HE wave of closures in the ports, the news about\n\n"
            + lines("the shipping that comes in from", 8);
        List<String> t = texts(Restorer.standard().restore(raw));
        assertTrue(t.stream().anyMatch(p -> p.startsWith("HE wave of closures in the ports, the news about the shipping")),
            t.toString());
    }
}
