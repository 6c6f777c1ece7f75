package org.socialdesk.moderation.internal;

import org.socialdesk.connector.RestrictionReason;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.moderation.classifier.Category;

/** The classifier's categories in the service contract's words, and in the connectors' restriction reasons. */
final class Categories {

    private Categories() {
    }

    static CommentCategory of(Category category) {
        return switch (category) {
            case OBSCENE -> CommentCategory.OBSCENE;
            case INSULT -> CommentCategory.INSULT;
            case SPAM -> CommentCategory.SPAM;
            case POSSIBLY_ILLEGAL -> CommentCategory.POSSIBLY_ILLEGAL;
            case CLEAN -> CommentCategory.CLEAN;
        };
    }

    static RestrictionReason restrictionReason(CommentCategory category) {
        return switch (category) {
            case OBSCENE -> RestrictionReason.OBSCENE;
            case INSULT -> RestrictionReason.INSULT;
            case SPAM -> RestrictionReason.SPAM;
            case POSSIBLY_ILLEGAL -> RestrictionReason.ILLEGAL;
            case CLEAN -> RestrictionReason.OTHER;
        };
    }

    /** The word a moderator reads in the evidence. */
    static String russian(CommentCategory category) {
        return switch (category) {
            case OBSCENE -> "мат";
            case INSULT -> "оскорбление";
            case SPAM -> "спам";
            case POSSIBLY_ILLEGAL -> "возможное нарушение закона";
            case CLEAN -> "чисто";
        };
    }
}
