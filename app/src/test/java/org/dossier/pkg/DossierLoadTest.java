package org.dossier.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.model.Event;
import org.junit.jupiter.api.Test;

class DossierLoadTest {

    @Test
    void loadsEveryKindOfItemFromAValidPackage() {
        Dossier d = Fixtures.load(Fixtures.packageDir("tiny"));
        assertEquals("tiny", d.pkg().manifest().id());
        assertEquals(3, d.pkg().sources().size());
        assertEquals(4, d.pkg().actors().size());
        assertEquals(4, d.pkg().events().size());
        assertEquals(1, d.pkg().relations().size());
        assertEquals(5, d.cameo().size());
        assertEquals("japan", d.names().actor("Japan").id());
    }

    @Test
    void resolvesEachAnchorToItsUnitOffsetsPageAndRawLines() {
        Dossier d = Fixtures.load(Fixtures.packageDir("tiny"));
        Event signed = d.names().event("convention-signed");
        ResolvedAnchor r = d.findAnchor(signed.anchor()).orElseThrow();
        assertEquals("p1", r.unit());
        assertEquals(1, r.page());
        String text = d.edition().paragraphs().get(0).text();
        assertEquals("signed a convention at Peking on January 20, 1925", text.substring(r.start(), r.end()));
        assertEquals(2, r.firstLine());
        assertEquals(3, r.lastLine());
    }

    @Test
    void aPrefixTellsApartTwoOccurrencesOfTheSameQuote() {
        Dossier d = Fixtures.load(Fixtures.packageDir("tiny"));
        ResolvedAnchor r = d.findAnchor(d.names().event("japan-protests").anchor()).orElseThrow();
        String text = d.edition().paragraphs().get(1).text();
        assertEquals("protested", text.substring(r.start(), r.end()));
        assertTrue(text.substring(0, r.start()).endsWith("Japan "));
    }

    @Test
    void resolvesAnchorsInFootnotesAndOnLaterPages() {
        Dossier d = Fixtures.load(Fixtures.packageDir("tiny"));
        ResolvedAnchor r = d.findAnchor(d.names().source("izvestia").anchor()).orElseThrow();
        assertTrue(r.footnote());
        assertEquals("fn1", r.unit());
        assertEquals(2, r.page());
    }
}
