package org.socialdesk.ui.moderation;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.ModerationStats;
import org.socialdesk.ui.i18n.EnumKeys;

/** The last seven days of moderation in one line: what came in, what it was, what was done about it. */
final class StatsStrip extends FlexLayout {

    private static final long serialVersionUID = 1L;
    static final Duration PERIOD = Duration.ofDays(7);

    StatsStrip() {
        setId("moderation-stats");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-l)")
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
    }

    /** The period the strip counts: the seven days up to now. */
    static Instant from(Instant now) {
        return now.minus(PERIOD);
    }

    void show(ModerationStats stats) {
        removeAll();
        add(figure("moderation-stats-ingested", getTranslation("moderation.stats.ingested"), stats.ingested()));
        for (CommentCategory category : CommentCategory.values()) {
            if (category != CommentCategory.CLEAN) {
                add(figure("moderation-stats-" + category.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        getTranslation(EnumKeys.of(category)), stats.byCategory().getOrDefault(category, 0L)));
            }
        }
        add(figure("moderation-stats-deleted", getTranslation("moderation.stats.deleted"),
                stats.byStatus().getOrDefault(CommentStatus.DELETED, 0L)));
        add(figure("moderation-stats-restored", getTranslation("moderation.stats.restored"),
                stats.byStatus().getOrDefault(CommentStatus.RESTORED, 0L)));
        add(figure("moderation-stats-restricted", getTranslation("moderation.stats.restricted"),
                stats.restrictedAuthors()));
        add(figure("moderation-stats-tasks", getTranslation("moderation.stats.open-tasks"), stats.openTasks()));
    }

    void clear() {
        removeAll();
    }

    private Span figure(String id, String label, long value) {
        Span figure = new Span(getTranslation("moderation.stats.figure", label, value));
        figure.setId(id);
        return figure;
    }
}
