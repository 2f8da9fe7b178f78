package org.dossier.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EdtfTest {
    @Test
    void dayMonthAndYearHaveTheirBounds() {
        assertEquals(LocalDate.of(1932, 2, 27), Edtf.parse("1932-02-27").earliest());
        assertTrue(Edtf.parse("1932-02-27").isDay());
        assertEquals(LocalDate.of(1932, 2, 29), Edtf.parse("1932-02").latest());
        assertEquals(LocalDate.of(1920, 12, 31), Edtf.parse("1920").latest());
    }

    @Test
    void intervalForLateMaySpansItsDays() {
        Edtf lateMay = Edtf.parse("1932-05-21/1932-05-31");
        assertTrue(lateMay.interval());
        assertTrue(lateMay.mayInclude(LocalDate.of(1932, 5, 25)));
        assertFalse(lateMay.mayInclude(LocalDate.of(1932, 6, 1)));
    }

    @Test
    void openAndUnknownEndsHaveNoBound() {
        assertNull(Edtf.parse("1924-05-31/..").latest());
        assertNull(Edtf.parse("/1932").earliest());
    }

    @Test
    void qualifiersSeasonsAndUnspecifiedDigits() {
        assertTrue(Edtf.parse("1920~").approximate());
        assertTrue(Edtf.parse("1920?").uncertain());
        Edtf both = Edtf.parse("1931-03%");
        assertTrue(both.uncertain() && both.approximate());
        assertEquals(LocalDate.of(1931, 3, 21), Edtf.parse("1931-21").earliest());
        assertEquals(LocalDate.of(1930, 1, 1), Edtf.parse("193X").earliest());
        assertEquals(LocalDate.of(1939, 12, 31), Edtf.parse("193X").latest());
    }

    @Test
    void rejectsWhatIsNotEdtfWithAOneLineReason() {
        assertThrows(EdtfException.class, () -> Edtf.parse("late May 1932"));
        assertThrows(EdtfException.class, () -> Edtf.parse("1932-13-01"));
        assertThrows(EdtfException.class, () -> Edtf.parse("1931-02-30"));
        assertThrows(EdtfException.class, () -> Edtf.parse("1932-06-01/1932-05-01"));
        assertThrows(EdtfException.class, () -> Edtf.parse(""));
    }

    @Property
    void everyValidDayParsesToItself(@ForAll @IntRange(min = 1000, max = 2999) int year,
                                     @ForAll @IntRange(min = 1, max = 12) int month,
                                     @ForAll @IntRange(min = 1, max = 28) int day) {
        LocalDate d = LocalDate.of(year, month, day);
        Edtf e = Edtf.parse(d.toString());
        assertEquals(d, e.earliest());
        assertEquals(d, e.latest());
    }

    @Property
    void parseNeverThrowsAnythingButEdtfException(@ForAll String junk) {
        try {
            Edtf.parse(junk);
        } catch (EdtfException expected) {
            // a one-line reason is the contract
        }
    }
}
