package org.socialdesk.core.moderation;

/** Someone else saved the organisation's word lists since they were read; nothing was saved. */
public class WordsChangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WordsChangedException(String message) {
        super(message);
    }
}
