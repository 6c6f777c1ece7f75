package org.socialdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void markupCharactersBecomeEntities() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;, &#39;y&#39;) &amp;&amp; 1&lt;/script&gt;",
                Markup.escape("<script>alert(\"x\", 'y') && 1</script>"));
    }

    @Test
    void otherTextStaysAsItIs() {
        assertEquals("Минздрав — 50% за неделю", Markup.escape("Минздрав — 50% за неделю"));
        assertEquals("", Markup.escape(""));
    }

    @Test
    void escapedTextIsEscapedAgainSoItShowsLiterally() {
        assertEquals("&amp;lt;b&amp;gt;", Markup.escape("&lt;b&gt;"));
    }
}
