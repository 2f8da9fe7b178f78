package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MarkerCandidatesPropertiesTest {
    private static final List<String> WORDS = List.of(
        "the", "Railway", "Sakhalin.*", "relations.*", "1", "12", "1932", "100,000", "*", "†", "‡", "’", "”", "\"",
        "“quoted", "words.”", "fisheries.’", "Railway,2", "Sakhalin.4", "1.°*", "May", "31", "*†", "page", "§",
        "said.\"", "(1)", "1*", "No.", "Vol.", "'", "developments.”", "See", "+");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(40).map(words -> String.join(" ", words));
    }

    @Property(tries = 400)
    void readingSymbolsOnlyFindsTheSymbolCandidatesAFullReadingFinds(@ForAll("texts") String text) {
        char[] raw = text.toCharArray();
        Drafts.Unit paragraph = new Drafts.Unit(0, 0);
        paragraph.text.appendRaw(raw, 0, raw.length);
        MarkerLinker linker = new MarkerLinker(new SourceLines(text), List.of());
        List<MarkerLinker.Candidate> symbols = linker.candidates(paragraph, false).stream()
            .filter(c -> c.glyph() == MarkerLinker.Glyph.SYMBOL).toList();
        assertEquals(symbols, linker.candidates(paragraph, true));
    }
}
