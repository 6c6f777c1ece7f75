package org.socialdesk.ui.contentplan;

import java.util.List;
import java.util.TreeSet;
import org.socialdesk.contentplan.style.Severity;
import org.socialdesk.contentplan.style.StyleFinding;
import org.socialdesk.ui.Markup;

/**
 * The draft as HTML with the linter's findings marked. Everything the user typed is escaped, so a post that
 * contains markup shows it as text and can never run in the editor's page.
 */
final class StyleHighlight {

    private static final String WARNING = "background:rgba(231,76,60,.25);text-decoration:underline wavy #c0392b";
    private static final String ADVICE = "background:rgba(241,196,15,.3)";

    private StyleHighlight() {
    }

    /**
     * One {@code div} with the text; a span covered by findings is a {@code mark} classed by the strongest of
     * them and titled with their messages. Findings beyond the text's end are clipped.
     */
    static String html(String text, List<StyleFinding> findings) {
        TreeSet<Integer> bounds = new TreeSet<>(List.of(0, text.length()));
        for (StyleFinding finding : findings) {
            if (finding.start() < finding.end()) {
                bounds.add(Math.min(finding.start(), text.length()));
                bounds.add(Math.min(finding.end(), text.length()));
            }
        }
        StringBuilder html = new StringBuilder("<div class=\"plan-style-preview\">");
        Integer start = bounds.first();
        for (Integer end : bounds.tailSet(start, false)) {
            appendSegment(html, text.substring(start, end), covering(findings, start, end));
            start = end;
        }
        return html.append("</div>").toString();
    }

    private static List<StyleFinding> covering(List<StyleFinding> findings, int start, int end) {
        return findings.stream().filter(finding -> finding.start() <= start && end <= finding.end()).toList();
    }

    private static void appendSegment(StringBuilder html, String segment, List<StyleFinding> covering) {
        if (covering.isEmpty()) {
            html.append(Markup.escape(segment));
            return;
        }
        boolean warning = covering.stream().anyMatch(finding -> finding.severity() == Severity.WARNING);
        String title = String.join(" ", covering.stream().map(StyleFinding::message).distinct().toList());
        // inline colours: the UI has no theme stylesheet of its own to hold the classes' rules
        html.append("<mark class=\"").append(warning ? "style-warning" : "style-advice")
                .append("\" style=\"").append(warning ? WARNING : ADVICE)
                .append("\" title=\"").append(Markup.escape(title)).append("\">")
                .append(Markup.escape(segment)).append("</mark>");
    }
}
