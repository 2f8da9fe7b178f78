package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.pkg.views.FactItem;
import org.dossier.pkg.views.FactKind;
import org.dossier.pkg.views.TimelineEvent;
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
        if (store != null) { // null when the test was skipped before its store opened
            store.close();
        }
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

    @Test
    void timelineAcrossDocumentsMergesTheirEventsInDateOrderEachNamingItsDocument() {
        store.importDocument(ModelledSubmissions.flagship());
        store.importDocument(ModelledSubmissions.yalta());

        List<DocumentEvent> events = store.timeline(ViewQuery.all());
        assertEquals(Set.of(ModelledSubmissions.FLAGSHIP, ModelledSubmissions.YALTA),
            events.stream().map(e -> e.document().slug()).collect(Collectors.toSet()));
        assertEquals(ModelledSubmissions.flagship().pkg().items().stream().filter(i -> i.event() != null).count()
            + ModelledSubmissions.yalta().pkg().items().stream().filter(i -> i.event() != null).count(), events.size());
        for (int i = 1; i < events.size(); i++) {
            assertTrue(sortDay(events.get(i - 1)).compareTo(sortDay(events.get(i))) <= 0,
                events.get(i - 1).event().id() + " before " + events.get(i).event().id());
        }
        DocumentEvent yalta = events.stream().filter(e -> e.event().id().equals("yalta-agreement-concluded-1945-02-11"))
            .findFirst().orElseThrow();
        assertEquals(ModelledSubmissions.YALTA, yalta.document().packageId());
        assertTrue(yalta.document().title().startsWith("U.S. Prestige in China"), yalta.document().title());
        assertEquals("in a secret agreement concluded at Yalta exactly a year before", yalta.event().anchor().exact());
        assertEquals(4, yalta.event().page());
    }

    @Test
    void anIdSharedByTwoPackagesFindsEventsAndFactsOfBoth() {
        store.importDocument(ModelledSubmissions.flagship());
        store.importDocument(ModelledSubmissions.yalta());

        List<DocumentEvent> cer = store.timeline(new ViewQuery(LocalDate.of(1932, 1, 1), LocalDate.of(1946, 12, 31), null,
            "cer", null));
        assertTrue(cer.stream().anyMatch(e -> e.document().slug().equals(ModelledSubmissions.FLAGSHIP)
            && "1932".equals(e.event().date().substring(0, 4))), "the flagship's 1932 events about the Chinese Eastern");
        assertTrue(cer.stream().anyMatch(e -> e.event().id().equals("sino-soviet-treaty-1945-08-14")),
            "the treaty embodying the Yalta railway provision");
        assertTrue(cer.stream().allMatch(e -> (e.event().latest() == null || e.event().latest().compareTo("1932-01-01") >= 0)
            && (e.event().earliest() == null || e.event().earliest().compareTo("1946-12-31") <= 0)),
            "only events that may fall in 1932-1946");

        List<DocumentFact> lines = store.facts(new ViewQuery(null, null, null, "cer", FactKind.LINE));
        assertEquals(List.of(ModelledSubmissions.FLAGSHIP, ModelledSubmissions.YALTA), lines.stream()
            .filter(f -> f.item().id().equals("cer")).map(f -> f.document().slug()).toList());
        List<DocumentFact> portsmouth = store.facts(new ViewQuery(null, null, null, "portsmouth-treaty-1905",
            FactKind.AGREEMENT));
        assertEquals(Set.of(ModelledSubmissions.FLAGSHIP, ModelledSubmissions.YALTA), portsmouth.stream()
            .filter(f -> f.item().id().equals("portsmouth-treaty-1905")).map(f -> f.document().slug())
            .collect(Collectors.toSet()));

        List<DocumentEvent> soong = store.timeline(new ViewQuery(null, null, "soong", null, null));
        assertEquals(List.of("sino-soviet-treaty-1945-08-14"), soong.stream().map(e -> e.event().id()).toList());
        assertEquals(2, store.listModelledDocuments().size());
        assertEquals(2, store.listPackages().size());
    }

    @Test
    void aPackageImportedAgainUnchangedStaysAndAChangedOneReplacesItsViewsAndFacts() throws Exception {
        String raw = sample();
        Edition edition = TestEditions.of(raw);
        store.importDocument(new Submission("sample-report.txt", null, raw, edition, versioned("1929", "seizure")));
        ImportResult same = store.importDocument(new Submission("sample-report.txt", null, raw, edition,
            versioned("1929", "seizure")));
        assertFalse(same.packageStored());

        ImportResult changed = store.importDocument(new Submission("sample-report.txt", null, raw, edition,
            versioned("1930", "conference")));
        assertTrue(changed.packageStored());
        List<DocumentEvent> events = store.timeline(ViewQuery.all());
        assertEquals(List.of("1930"), events.stream().map(e -> e.event().date()).toList());
        assertEquals(0, store.search("seizure", 10).size());
        assertEquals(1, store.search("conference", 10).size());
        assertEquals(1, store.listModelledDocuments().size());
    }

    /** A one-event package whose content differs by {@code date} and {@code word}. */
    private static Submission.PackageEntry versioned(String date, String word) {
        TimelineEvent event = new TimelineEvent("e1", date, date + "-01-01", date + "-12-31", List.of("china"), List.of(),
            word, "057", 8.0, null, 1, null, null, List.of(), List.of());
        FactItem fact = new FactItem(FactKind.EVENT, "e1", word, date, 1, null, null);
        return new Submission.PackageEntry("sample", "Sample", "{\"id\":\"sample\",\"v\":\"" + date + "\"}",
            List.of(new Submission.FactEntry("event", "e1", word, word, 1)),
            List.of(new Submission.ItemEntry(fact, event, Set.of("e1", "china"))));
    }

    private static String sortDay(DocumentEvent e) {
        return e.event().earliest() != null ? e.event().earliest() : e.event().latest() != null ? e.event().latest() : "9999";
    }
}
