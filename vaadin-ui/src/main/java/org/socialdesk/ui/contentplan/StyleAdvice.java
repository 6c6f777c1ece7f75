package org.socialdesk.ui.contentplan;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.socialdesk.contentplan.style.Draft;
import org.socialdesk.contentplan.style.ReadabilityScore;
import org.socialdesk.contentplan.style.Severity;
import org.socialdesk.contentplan.style.StyleFinding;
import org.socialdesk.contentplan.style.StyleLinter;

/**
 * The linter's advice on the draft as the editor types (д.9): a readability score, the findings with their
 * explanations and suggestions, and the text with the offending fragments marked. It advises; it never blocks.
 */
final class StyleAdvice extends Div {

    private static final long serialVersionUID = 1L;
    /** Immutable and thread-safe; reading its rule files once serves every editor. */
    private static final StyleLinter LINTER = new StyleLinter();

    private final Paragraph readability = new Paragraph();
    private final UnorderedList findings = new UnorderedList();
    private final Div highlight = new Div();

    StyleAdvice() {
        setId("plan-style");
        readability.setId("plan-readability");
        findings.setId("plan-findings");
        highlight.setId("plan-highlight");
        highlight.getStyle().set("white-space", "pre-wrap").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("padding", "var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("max-height", "16em").set("overflow", "auto");
        add(readability, findings, highlight);
    }

    void show(Draft draft) {
        List<StyleFinding> found = LINTER.check(draft);
        ReadabilityScore score = LINTER.readability(draft);
        readability.setText(score.isEmpty() ? getTranslation("plan.style.readability.empty")
                : getTranslation("plan.style.readability", String.format(Locale.ROOT, "%.0f", score.value())));
        findings.removeAll();
        if (found.isEmpty()) {
            findings.add(new ListItem(getTranslation("plan.style.clean")));
        }
        for (StyleFinding finding : found) {
            ListItem line = new ListItem();
            Span fragment = new Span(finding.start() < finding.end()
                    ? "«" + draft.text().substring(finding.start(), Math.min(finding.end(), draft.text().length()))
                            + "» — "
                    : "");
            fragment.getStyle().set("font-weight", "600").set("color", finding.severity() == Severity.WARNING
                    ? "var(--lumo-error-text-color)" : "var(--lumo-warning-text-color, #a35f00)");
            line.add(fragment, new Span(finding.message()));
            if (!finding.suggestion().isBlank()) {
                Span suggestion = new Span(" " + getTranslation("plan.style.suggestion", finding.suggestion()));
                suggestion.getStyle().set("color", "var(--lumo-secondary-text-color)");
                line.add(suggestion);
            }
            findings.add(line);
        }
        // set as it is rather than through Html, whose parser would collapse the line breaks; the marks are
        // built around escaped text only, see StyleHighlight
        highlight.getElement().setProperty("innerHTML", StyleHighlight.html(draft.text(), found));
    }
}
