package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, EditDistance.between("Harbin", "Harbin"));
        assertEquals(1, EditDistance.between("Twe", "Two"));
        assertEquals(3, EditDistance.between("kitten", "sitting"));
        assertEquals(4, EditDistance.between("", "Page"));
    }

    @Property
    void isSymmetricAndBoundedByTheLongerWord(@ForAll @StringLength(max = 12) String a,
                                              @ForAll @StringLength(max = 12) String b) {
        int d = EditDistance.between(a, b);
        assertEquals(d, EditDistance.between(b, a));
        assertTrue(d <= Math.max(a.length(), b.length()));
        assertTrue(d >= Math.abs(a.length() - b.length()));
    }
}
