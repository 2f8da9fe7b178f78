package org.dossier.restore.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.dossier.restore.Citation;
import org.junit.jupiter.api.Test;

/** A citation's parts are wrapped where they stand in its text, a book's imprint included. */
class TeiBiblTest {

    @Test
    void aBooksPlaceAndPublisherAreWrappedInTheBibl() throws Exception {
        String raw = "S. Ronin, Russkie Banki (Foreign Banks), Moscow, Gosizdat, 1926";
        Citation c = new Citation("fn-2-c1", raw, "S. Ronin", "Russkie Banki", null, "Moscow", "Gosizdat",
            null, null, "1926", null, null);
        StringWriter out = new StringWriter();
        TeiRenderer.bibl(c, out);
        assertEquals("<bibl xml:id=\"fn-2-c1\"><author>S. Ronin</author>, <title>Russkie Banki</title>"
            + " (Foreign Banks), <pubPlace>Moscow</pubPlace>, <publisher>Gosizdat</publisher>, 1926"
            + "<date when=\"1926\"/></bibl>", out.toString());
    }
}
