package org.socialdesk.ui.moderation;

import com.vaadin.flow.component.html.Span;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.ui.i18n.EnumKeys;

/** The classifier's verdict and how sure it is, coloured so that the worst rows catch the eye first. */
final class CategoryBadge extends Span {

    private static final long serialVersionUID = 1L;

    CategoryBadge(CommentCategory category, double confidence) {
        setText(getTranslation("moderation.badge", getTranslation(EnumKeys.of(category)), percent(confidence)));
        addClassName("moderation-category");
        getElement().setAttribute("data-category", category.name());
        // inline Lumo properties: a theme file would need a frontend build
        getStyle().set("background", background(category)).set("color", colour(category))
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set("padding", "0 var(--lumo-space-xs)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("white-space", "nowrap");
    }

    static int percent(double confidence) {
        return (int) Math.round(Math.max(0, Math.min(1, confidence)) * 100);
    }

    private static String background(CommentCategory category) {
        return switch (category) {
            case OBSCENE, INSULT -> "var(--lumo-error-color-10pct)";
            // a possible law violation always needs a person: the strongest colour
            case POSSIBLY_ILLEGAL -> "var(--lumo-error-color)";
            case SPAM -> "var(--lumo-primary-color-10pct)";
            case CLEAN -> "var(--lumo-success-color-10pct)";
        };
    }

    private static String colour(CommentCategory category) {
        return switch (category) {
            case OBSCENE, INSULT -> "var(--lumo-error-text-color)";
            case POSSIBLY_ILLEGAL -> "var(--lumo-error-contrast-color)";
            case SPAM -> "var(--lumo-primary-text-color)";
            case CLEAN -> "var(--lumo-success-text-color)";
        };
    }
}
