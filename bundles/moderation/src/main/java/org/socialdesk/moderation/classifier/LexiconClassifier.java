package org.socialdesk.moderation.classifier;

import java.util.Objects;

import org.socialdesk.moderation.classifier.internal.CompiledLexicon;

/**
 * The word-list classifier: normalises the text (case, ё, look-alike letters, digits and symbols for letters,
 * spaced-out and masked words, repeated letters), looks every word up in the lexicon and adds spam signals.
 * The shipped lists are compiled once per JVM (about a second) and shared by every classifier, an
 * organisation's additions compiled over them; a classifier is immutable and thread-safe.
 */
public final class LexiconClassifier implements Classifier {

    private final CompiledLexicon lexicon;
    private final RecentTexts recentTexts;

    /** A classifier that judges each text on its own, without the repeated-text rule. */
    public LexiconClassifier(Lexicon lexicon) {
        this(lexicon, null);
    }

    /**
     * @param recentTexts what was recently posted, for the repeated-text spam rule; {@code null} to judge each
     *                    text on its own
     */
    public LexiconClassifier(Lexicon lexicon, RecentTexts recentTexts) {
        this.lexicon = new CompiledLexicon(Objects.requireNonNull(lexicon, "lexicon"));
        this.recentTexts = recentTexts;
    }

    @Override
    public Verdict classify(Message message) {
        RecentTexts.Repetition repetition =
                recentTexts == null ? RecentTexts.Repetition.NONE : recentTexts.repetition(message);
        return lexicon.classify(message, repetition);
    }
}
