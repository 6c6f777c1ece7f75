package org.socialdesk.connector;

import java.util.List;
import java.util.Objects;

public record Poll(String question, List<String> options, boolean anonymous, boolean multipleAnswers) {

    public Poll {
        Objects.requireNonNull(question, "question");
        options = List.copyOf(options);
    }
}
