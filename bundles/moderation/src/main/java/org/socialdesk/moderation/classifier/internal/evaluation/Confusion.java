package org.socialdesk.moderation.classifier.internal.evaluation;

/** Counts of (true label, predicted label) and the measures derived from them. */
final class Confusion {

    private final long[][] counts = new long[Label.values().length][Label.values().length];

    void add(Label truth, Label predicted) {
        counts[truth.ordinal()][predicted.ordinal()]++;
    }

    long count(Label truth, Label predicted) {
        return counts[truth.ordinal()][predicted.ordinal()];
    }

    long total(Label truth) {
        long sum = 0;
        for (long c : counts[truth.ordinal()]) {
            sum += c;
        }
        return sum;
    }

    long predicted(Label label) {
        long sum = 0;
        for (long[] row : counts) {
            sum += row[label.ordinal()];
        }
        return sum;
    }

    double precision(Label label) {
        return ratio(count(label, label), predicted(label));
    }

    double recall(Label label) {
        return ratio(count(label, label), total(label));
    }

    double f1(Label label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of clean lines given any other label. */
    double cleanFlagged() {
        return ratio(total(Label.CLEAN) - count(Label.CLEAN, Label.CLEAN), total(Label.CLEAN));
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
