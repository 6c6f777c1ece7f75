package org.socialdesk.contentplan.style;

/**
 * Where a sentence or a paragraph becomes too long to read comfortably on a phone.
 *
 * @param maxSentenceWords     words in one sentence
 * @param maxParagraphSentences sentences in one paragraph
 * @param maxParagraphChars    chars in one paragraph
 */
public record TextLimits(int maxSentenceWords, int maxParagraphSentences, int maxParagraphChars) {

    /** 25 words is where plain-language guides put the end of an easy sentence; a phone screen holds ~600 chars. */
    public static final TextLimits DEFAULT = new TextLimits(25, 5, 600);

    public TextLimits {
        if (maxSentenceWords <= 0 || maxParagraphSentences <= 0 || maxParagraphChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
