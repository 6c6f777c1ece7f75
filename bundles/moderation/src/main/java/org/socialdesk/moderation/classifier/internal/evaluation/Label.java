package org.socialdesk.moderation.classifier.internal.evaluation;

import java.util.Locale;

import org.socialdesk.moderation.classifier.Category;

/** The labels of an evaluation file, and the verdict categories each one covers. */
enum Label {
    CLEAN, TOXIC, SPAM, SENSITIVE;

    static Label parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    /** toxic = obscene or insult, sensitive = possibly illegal, as the evaluation defines them. */
    static Label of(Category category) {
        switch (category) {
            case OBSCENE:
            case INSULT:
                return TOXIC;
            case SPAM:
                return SPAM;
            case POSSIBLY_ILLEGAL:
                return SENSITIVE;
            default:
                return CLEAN;
        }
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
