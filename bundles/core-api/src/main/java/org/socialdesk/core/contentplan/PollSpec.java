package org.socialdesk.core.contentplan;

import java.util.List;
import java.util.Objects;

/** The question and answers of a poll item. */
public record PollSpec(String question, List<String> options, boolean anonymous, boolean multipleAnswers) {

    public PollSpec {
        Objects.requireNonNull(question, "question");
        options = List.copyOf(options);
    }
}
