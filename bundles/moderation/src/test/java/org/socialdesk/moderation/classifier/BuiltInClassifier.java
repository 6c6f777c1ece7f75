package org.socialdesk.moderation.classifier;

/** One classifier over the shipped lexicon for all tests: compiling it takes most of a second. */
final class BuiltInClassifier {

    static final Classifier CLASSIFIER = new LexiconClassifier(Lexicon.builtIn());

    private BuiltInClassifier() {
    }

    static Verdict classify(String text) {
        return CLASSIFIER.classify(text);
    }
}
