package org.socialdesk.contentplan.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The draft cut into paragraphs, sentences and words in one left-to-right scan without regular
 * expressions, so that linting on every keystroke stays linear in the length of the post.
 */
final class TextLayout {

    record Sentence(int start, int end, List<Word> words) {
    }

    record Paragraph(int start, int end, List<Sentence> sentences) {
    }

    /** Abbreviations that end with a dot inside a sentence in official texts («г. Барнаул», «ул. Ленина»). */
    private static final Set<String> ABBREVIATIONS = Set.of("г", "гг", "ул", "пр", "им", "с", "п", "пос", "д", "т", "км", "руб", "тыс", "млн", "млрд", "ст", "р");

    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Word> words = new ArrayList<>();

    private final String text;
    private final List<Sentence> currentSentences = new ArrayList<>();
    private List<Word> currentWords = new ArrayList<>();
    private int paragraphStart = -1;
    private int sentenceStart = -1;
    private int lastContentEnd;

    private TextLayout(String text) {
        this.text = text;
    }

    static TextLayout of(String text) {
        TextLayout layout = new TextLayout(text);
        layout.scan();
        return layout;
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    List<Word> words() {
        return words;
    }

    List<Sentence> sentences() {
        return paragraphs.stream().flatMap(p -> p.sentences().stream()).toList();
    }

    private void scan() {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i = readWord(i);
            } else if (c == '\n') {
                endSentence();
                if (blankLineFollows(i)) {
                    endParagraph();
                }
                i++;
            } else if (isTerminator(c)) {
                int first = i;
                while (i < n && (isTerminator(text.charAt(i)) || isClosing(text.charAt(i)))) {
                    i++;
                }
                lastContentEnd = i;
                if (c != '.' || dotEndsSentence(first, i)) {
                    endSentence();
                }
            } else {
                if (!Character.isWhitespace(c)) {
                    markContent(i);
                }
                i++;
            }
        }
        endSentence();
        endParagraph();
    }

    private int readWord(int from) {
        int i = from;
        int n = text.length();
        while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                || (text.charAt(i) == '-' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))))) {
            i++;
        }
        markContent(from);
        lastContentEnd = i;
        Word word = new Word(Word.normalise(text.substring(from, i)), from, i);
        currentWords.add(word);
        words.add(word);
        return i;
    }

    private void markContent(int at) {
        if (paragraphStart < 0) {
            paragraphStart = at;
        }
        if (sentenceStart < 0) {
            sentenceStart = at;
        }
        lastContentEnd = Math.max(lastContentEnd, at + 1);
    }

    /** A dot ends a sentence unless it closes an abbreviation or the text continues in lower case («т. е.»). */
    private boolean dotEndsSentence(int dot, int after) {
        if (!currentWords.isEmpty()) {
            Word last = currentWords.get(currentWords.size() - 1);
            if (last.end() == dot && ABBREVIATIONS.contains(last.form())) {
                return false;
            }
        }
        int i = after;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i >= text.length() || !(Character.isLowerCase(text.charAt(i)) || Character.isDigit(text.charAt(i)));
    }

    private boolean blankLineFollows(int newline) {
        int i = newline + 1;
        while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '\n';
    }

    private void endSentence() {
        if (sentenceStart >= 0) {
            currentSentences.add(new Sentence(sentenceStart, lastContentEnd, List.copyOf(currentWords)));
        }
        sentenceStart = -1;
        currentWords = new ArrayList<>();
    }

    private void endParagraph() {
        endSentence();
        if (paragraphStart >= 0) {
            paragraphs.add(new Paragraph(paragraphStart, lastContentEnd, List.copyOf(currentSentences)));
        }
        paragraphStart = -1;
        currentSentences.clear();
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isClosing(char c) {
        return c == '»' || c == '"' || c == ')' || c == '”';
    }
}
