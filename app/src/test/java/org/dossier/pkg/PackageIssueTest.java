package org.dossier.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PackageIssueTest {
    @Test
    void aValueSpanningLinesIsQuotedOnOneLine() {
        PackageIssue issue = new PackageIssue("dossier.yaml", 1, "cameoTable 'cameo.csv\n-' is missing");
        assertEquals("cameoTable 'cameo.csv\\n-' is missing", issue.message());
        assertEquals("dossier.yaml:1: cameoTable 'cameo.csv\\n-' is missing", issue.toString());
    }

    @Test
    void everyKindOfLineBreakIsShownTheSameWay() {
        assertEquals("a\\nb\\nc\\nd", new PackageIssue("f", 0, "a\r\nb\rc\u2028d").message());
    }
}
