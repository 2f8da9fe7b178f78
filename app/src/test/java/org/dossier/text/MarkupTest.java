package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkupTest {
    @Test
    void escapesMarkupAndQuotesAndBlanksControlCharacters() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
            Markup.escape("<script>alert(\"x\" & 'y')</script>"));
        assertEquals("page one page two\nnext", Markup.escape("page one\fpage two\nnext"));
        assertEquals("", Markup.escape(null));
    }
}
