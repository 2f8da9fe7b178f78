package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Pages found against pages read by eye ({@code restore/bulletin-pages.tsv}): exact page starts
 * on the bulletins copied as fixtures, and a measurement over the shared corpus that prints,
 * per bulletin, the pages found and expected.
 */
class BulletinPagesTest {

    /** One row of the table: a file, its page count (null if unknown) and page starts read by eye. */
    record Expected(String file, Integer pages, List<int[]> starts) {
        boolean holds(int index, int line) {
            int[] r = starts.get(index);
            return line >= r[0] && line <= r[1];
        }
    }

    static List<Expected> table() {
        List<Expected> rows = new ArrayList<>();
        for (String row : Fixtures.text("restore/bulletin-pages.tsv").split("\n")) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cols = row.split("\t");
            Integer pages = cols[1].equals("?") ? null : Integer.valueOf(cols[1]);
            List<int[]> starts = new ArrayList<>();
            if (cols.length > 2) {
                for (String s : cols[2].trim().split("\\s+")) {
                    String[] ab = s.split("-");
                    starts.add(new int[] {Integer.parseInt(ab[0]), Integer.parseInt(ab[ab.length - 1])});
                }
            }
            rows.add(new Expected(cols[0], pages, starts));
        }
        return rows;
    }

    @Test
    void findsTheHandCheckedPagesOfEveryBulletinFixture() {
        int checked = 0;
        for (Expected x : table()) {
            if (x.starts().isEmpty()) {
                continue;
            }
            Edition e = Restorer.standard().restore(Fixtures.text("restore/" + x.file()));
            assertEquals(x.pages(), e.pages().size(), x.file() + " " + startsOf(e));
            for (int i = 0; i < e.pages().size(); i++) {
                assertEquals(i + 1, e.pages().get(i).number(), x.file() + " page " + i);
                int start = e.pages().get(i).startLine();
                assertTrue(x.holds(i, start), x.file() + " page " + (i + 1) + " starts at " + start);
            }
            checked++;
        }
        assertEquals(5, checked, "fixtures with page starts read by eye");
    }

    @Test
    void measuresPagesFoundAcrossTheSharedBulletins() throws IOException {
        String shared = System.getProperty("dossier.shared");
        Path dir = shared == null ? null : Path.of(shared, "corpus", "fpa-bulletins");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir), "shared corpus not present beside the repository");
        int right = 0;
        int known = 0;
        StringBuilder report = new StringBuilder("bulletin pages: found / expected (read by eye)\n");
        for (Expected x : table()) {
            String raw = RawText.decode(Files.readAllBytes(dir.resolve(x.file())));
            Edition e = Restorer.standard().restore(raw);
            int found = e.pages().size();
            boolean ok = x.pages() != null && found == x.pages();
            report.append(String.format("  %-52s %d / %s %s %s%n", x.file(), found,
                x.pages() == null ? "?" : x.pages(), ok || x.pages() == null ? "  " : "!!", startsOf(e)));
            if (x.pages() != null) {
                known++;
                right += ok ? 1 : 0;
            }
        }
        report.append("pages right in ").append(right).append(" of ").append(known).append(" bulletins");
        System.out.println(report);
        assertTrue(right * 100 >= known * 95, report.toString());
    }

    private static List<String> startsOf(Edition e) {
        return e.pages().stream().map(p -> p.number() + (p.numberInferred() ? "?" : "") + "@" + p.startLine()).toList();
    }
}
