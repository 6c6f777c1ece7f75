package org.socialdesk.ui.contentplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialdesk.contentplan.style.Draft;
import org.socialdesk.contentplan.style.Severity;
import org.socialdesk.contentplan.style.StyleFinding;
import org.socialdesk.contentplan.style.StyleLinter;

class StyleHighlightTest {

    private static final String OPEN = "<div class=\"plan-style-preview\">";

    @Test
    void textWithoutFindingsIsOnlyEscaped() {
        assertEquals(OPEN + "a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;</div>",
                StyleHighlight.html("a <b> & \"c\" 'd'", List.of()));
    }

    @Test
    void markupTypedByTheUserNeverBecomesMarkup() {
        String text = "<img src=x onerror=alert(1)> в целях <script>alert(2)</script>";
        int start = text.indexOf("в целях");
        StyleFinding finding = new StyleFinding("v-celyah", Severity.WARNING, start, start + 7,
                "Канцелярит \"<b>\"", "чтобы");

        String html = StyleHighlight.html(text, List.of(finding));

        assertFalse(html.contains("<img"));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<b>"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; "));
        assertTrue(html.contains("title=\"Канцелярит &quot;&lt;b&gt;&quot;\">в целях</mark>"));
    }

    @Test
    void overlappingFindingsSplitTheTextAndTheStrongestColoursIt() {
        String text = "осуществляется контроль";
        StyleFinding word = new StyleFinding("w", Severity.WARNING, 0, 14, "плохо", "");
        StyleFinding sentence = new StyleFinding("s", Severity.ADVICE, 0, 23, "длинно", "");

        String html = StyleHighlight.html(text, List.of(sentence, word)).replaceAll(" style=\"[^\"]*\"", "");

        assertEquals(OPEN + "<mark class=\"style-warning\" title=\"длинно плохо\">осуществляется</mark>"
                + "<mark class=\"style-advice\" title=\"длинно\"> контроль</mark></div>", html);
    }

    @Test
    void findingsWithoutASpanOrBeyondTheTextDoNotBreakIt() {
        StyleFinding image = new StyleFinding("alt", Severity.ADVICE, 0, 0, "нет описания", "");
        StyleFinding network = new StyleFinding("network-limit", Severity.WARNING, 3, 50, "длинно", "");

        String html = StyleHighlight.html("abcdef", List.of(image, network));

        assertTrue(html.startsWith(OPEN + "abc<mark class=\"style-warning\""));
        assertTrue(html.endsWith(">def</mark></div>"));
    }

    @Test
    void theBundledLinterFindingsAreMarkedWhereTheyAre() {
        String text = "В целях реализации программы осуществляется ремонт.";
        List<StyleFinding> findings = new StyleLinter().check(Draft.of(text));
        String html = StyleHighlight.html(text, findings);
        assertTrue(html.contains("<mark"), html);
        assertEquals(text, html.replaceAll("<[^>]+>", ""));
    }
}
