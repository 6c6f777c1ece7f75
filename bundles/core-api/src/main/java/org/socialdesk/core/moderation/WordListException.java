package org.socialdesk.core.moderation;

import java.util.List;
import java.util.stream.Collectors;

/** An organisation's word lists were refused as they stand; nothing was saved. */
public class WordListException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<WordListProblem> problems;

    public WordListException(List<WordListProblem> problems) {
        super(problems.stream().map(WordListProblem::describe).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<WordListProblem> problems() {
        return problems;
    }
}
