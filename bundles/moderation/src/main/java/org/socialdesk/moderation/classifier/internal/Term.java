package org.socialdesk.moderation.classifier.internal;

import org.socialdesk.moderation.classifier.Category;

/**
 * One compiled word-list entry (or one element of a phrase, which has no category of its own).
 *
 * @param label as the entry was written, for the verdict's reasons
 */
record Term(int id, Category category, double weight, String label, String topic, boolean supplementary) {

    boolean isPhraseElement() {
        return category == null;
    }
}
