package org.socialdesk.moderation.classifier.internal;

import java.util.ArrayList;
import java.util.List;

import org.socialdesk.moderation.classifier.Category;
import org.socialdesk.moderation.classifier.Verdict;

/**
 * Adds up the evidence for each category and turns it into a verdict. A category fires when its evidence
 * reaches 1; the fired category with the most evidence wins (ties go to the earlier category: мат before
 * оскорбление before спам before нарушение закона). Confidence grows with the evidence: 1 gives 0.7, 2 gives
 * 0.91, so a single clear obscene word is likelier than one weak spam hint.
 */
final class Scorecard {

    private static final double FIRES_AT = 1.0;
    /** Each unit of evidence leaves this share of the remaining doubt. */
    private static final double DOUBT_PER_UNIT = 0.3;
    private static final Category[] CATEGORIES = Category.values();

    private final double[] evidence = new double[CATEGORIES.length];
    /** Made on the first piece of evidence: most texts have none. */
    private List<String> reasons;

    void add(Category category, double weight, String reason) {
        evidence[category.ordinal()] += weight;
        if (reasons == null) {
            reasons = new ArrayList<>();
        }
        reasons.add(category.russian() + ": " + reason);
    }

    Verdict verdict() {
        Category best = Category.CLEAN;
        double bestEvidence = 0;
        double strongestHint = 0;
        for (Category category : CATEGORIES) {
            double e = evidence[category.ordinal()];
            if (e >= FIRES_AT && e > bestEvidence) {
                best = category;
                bestEvidence = e;
            }
            strongestHint = Math.max(strongestHint, e);
        }
        if (best == Category.CLEAN) {
            return reasons == null
                    ? Verdict.clean()
                    : new Verdict(Category.CLEAN, 1 - confidence(strongestHint), reasons);
        }
        return new Verdict(best, confidence(bestEvidence), reasons);
    }

    private static double confidence(double evidence) {
        return Math.min(0.99, 1 - Math.pow(DOUBT_PER_UNIT, evidence));
    }
}
