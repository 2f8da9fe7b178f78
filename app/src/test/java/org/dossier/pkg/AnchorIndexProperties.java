package org.dossier.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dossier.model.Anchor;

class AnchorIndexProperties {
    record Case(List<String> words, int from, int to, List<String> gaps) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<String>> words = Arbitraries.of("the", "railway", "at", "Harbin", "treaty", "of", "1925", "Soviet",
            "«non»", "Chang-Tso-lin").list().ofMinSize(2).ofMaxSize(30);
        return words.flatMap(w -> {
            Arbitrary<Integer> from = Arbitraries.integers().between(0, w.size() - 1);
            return from.flatMap(f -> Combinators.combine(
                    Arbitraries.integers().between(f, w.size() - 1),
                    Arbitraries.of(" ", "  ", "\n", " \t ").list().ofSize(w.size()))
                .as((t, gaps) -> new Case(w, f, t, gaps)));
        });
    }

    @Property(tries = 300)
    void aQuoteResolvesToItsOffsetsWhenUniqueAndIsAmbiguousOtherwise(@ForAll("cases") Case c) {
        String text = String.join(" ", c.words());
        StringBuilder quote = new StringBuilder();
        for (int i = c.from(); i <= c.to(); i++) {
            quote.append(c.words().get(i)).append(i < c.to() ? c.gaps().get(i) : "");
        }
        String exact = String.join(" ", c.words().subList(c.from(), c.to() + 1));
        int start = 0;
        for (int i = 0; i < c.from(); i++) {
            start += c.words().get(i).length() + 1;
        }
        int count = 0;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            count++;
        }
        AnchorIndex index = new AnchorIndex(TestEditions.of("-- page 7 --\n" + text + "\n"));
        AnchorIndex.Result r = index.resolve(new Anchor(quote.toString(), null, null, 7));
        if (count == 1) {
            assertNull(r.problem());
            assertEquals(start, r.resolved().start());
            assertEquals(start + exact.length(), r.resolved().end());
            assertEquals(7, r.resolved().page());
            assertEquals(2, r.resolved().firstLine());
        } else {
            assertNull(r.resolved());
            assertTrue(r.problem().contains("matches " + count + " times"), r.problem());
        }
    }

    @Property(tries = 100)
    void collapsingWhitespaceIsIdempotentAndLeavesNoRuns(@ForAll("cases") Case c) {
        String s = String.join("\n  ", c.words()) + c.gaps().get(0);
        String once = AnchorIndex.collapse(s);
        assertEquals(once, AnchorIndex.collapse(once));
        assertTrue(!once.contains("  ") && !once.contains("\n") && once.equals(once.strip()));
    }
}
