package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.restore.Edition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store does, whichever database it runs on. */
abstract class StoreContract {
    Store store;

    abstract Store openStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static String sample() throws IOException {
        try (InputStream in = StoreContract.class.getResourceAsStream("/store/sample-report.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Submission sampleSubmission(String raw) {
        Edition edition = TestEditions.of(raw);
        Submission.PackageEntry pkg = new Submission.PackageEntry("sample", "{\"id\":\"sample\"}", List.of(
            new Submission.FactEntry("agreement", "cer-contract-1896", "Contract of 1896",
                "Contract of 1896 construction concession reversion", 1),
            new Submission.FactEntry("place", "imienpo", "Imienpo", "Imienpo station", null)));
        return new Submission("sample-report.txt", null, raw, edition, pkg);
    }

    @Test
    void storesADocumentAndReadsBackItsEditionAndRawText() throws Exception {
        String raw = sample();
        ImportResult result = store.importDocument(sampleSubmission(raw));

        assertTrue(result.created());
        assertTrue(result.packageStored());
        assertEquals("sample-report", result.slug());
        StoredDocument doc = store.findDocument("sample-report").orElseThrow();
        assertEquals(raw, doc.raw());
        assertEquals(TestEditions.of(raw), doc.edition());
        assertEquals("The Railway Question in the North", doc.summary().title());
        assertEquals("{\"id\":\"sample\"}", doc.packageJson());
        assertEquals(List.of("[page 1]"), doc.rawLines(3, 3));
    }

    @Test
    void reimportingTheSameTextStoresNothingNew() throws Exception {
        String raw = sample();
        ImportResult first = store.importDocument(sampleSubmission(raw));
        ImportResult again = store.importDocument(sampleSubmission(raw));

        assertFalse(again.created());
        assertFalse(again.packageStored());
        assertEquals(first.slug(), again.slug());
        assertEquals(first.sha256(), again.sha256());
        assertEquals(1, store.listDocuments().size());
        assertEquals(1, store.search("Imienpo station", 10).size());
    }

    @Test
    void aDifferentTextUnderTheSameNameGetsItsOwnSlug() throws Exception {
        store.importDocument(sampleSubmission(sample()));
        ImportResult other = store.importDocument(sampleSubmission(sample() + "\nOne more paragraph.\n"));

        assertTrue(other.created());
        assertEquals("sample-report-2", other.slug());
        assertEquals(2, store.listDocuments().size());
    }

    @Test
    void anInterruptedImportLeavesTheDatabaseAsItWas() throws Exception {
        store.importDocument(Submission.report("first.txt", "First\n\nA paragraph about Harbin.\n",
            TestEditions.of("First\n\nA paragraph about Harbin.\n")));
        AtomicInteger rows = new AtomicInteger();
        Runnable crashAtFourthRow = () -> {
            if (rows.incrementAndGet() == 4) {
                throw new IllegalStateException("power cut");
            }
        };

        assertThrows(IllegalStateException.class,
            () -> store.importDocument(sampleSubmission(sample()), crashAtFourthRow));

        assertEquals(1, store.listDocuments().size());
        assertTrue(store.findDocument("sample-report").isEmpty());
        assertTrue(store.search("Imienpo", 10).isEmpty());
        assertEquals(1, store.search("Harbin", 10).size());
        assertTrue(store.importDocument(sampleSubmission(sample())).created());
    }

    @Test
    void searchFindsParagraphsFootnotesAndFactsWithTheMatchMarked() throws Exception {
        store.importDocument(sampleSubmission(sample()));

        List<SearchHit> concession = store.search("concession", 10);
        assertEquals(List.of("fact", "paragraph"), concession.stream().map(SearchHit::kind).sorted().toList());
        SearchHit paragraph = concession.stream().filter(h -> h.kind().equals("paragraph")).findFirst().orElseThrow();
        assertEquals("p1", paragraph.ref());
        assertEquals(1, paragraph.page());
        assertTrue(paragraph.snippet().contains(Dialect.MATCH_START + "concession" + Dialect.MATCH_END),
            paragraph.snippet());

        SearchHit footnote = store.search("September 1896", 10).get(0);
        assertEquals("footnote", footnote.kind());
        assertEquals("fn-1-1", footnote.ref());

        SearchHit fact = store.search("reversion", 10).get(0);
        assertEquals("agreement/cer-contract-1896", fact.ref());
        assertEquals("sample-report", fact.document());
    }

    @Test
    void searchStemsWordsAndRequiresAllOfThem() throws Exception {
        store.importDocument(sampleSubmission(sample()));

        assertEquals("p2", store.search("troop moving", 10).get(0).ref());
        assertTrue(store.search("troops fishery", 10).isEmpty());
    }

    @Test
    void searchTreatsQuerySyntaxAsPlainWords() throws Exception {
        store.importDocument(sampleSubmission(sample()));

        assertTrue(store.search("\"Harbin\": (Imienpo* -", 10).size() >= 1);
        assertTrue(store.search("  ", 10).isEmpty());
        assertTrue(store.search("'); DROP TABLE document; --", 10).isEmpty());
        assertEquals(1, store.listDocuments().size());
    }

    @Test
    void openingAgainKeepsWhatWasStored() throws Exception {
        store.importDocument(sampleSubmission(sample()));
        store.close();
        store = openAgain();

        assertEquals(1, store.listDocuments().size());
    }

    abstract Store openAgain() throws Exception;
}
