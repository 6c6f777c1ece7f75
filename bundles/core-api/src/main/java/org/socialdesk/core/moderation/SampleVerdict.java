package org.socialdesk.core.moderation;

import java.util.List;

/**
 * What the comment classifier says of a sample text, so that a person can try word lists before saving them.
 *
 * @param confidence 0..1, how sure the classifier is of {@code category}
 * @param reasons    matched terms and rules, readable by a moderator
 */
public record SampleVerdict(CommentCategory category, double confidence, List<String> reasons) {

    public SampleVerdict {
        reasons = List.copyOf(reasons);
    }
}
