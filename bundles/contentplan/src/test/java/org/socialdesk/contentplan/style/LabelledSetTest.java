package org.socialdesk.contentplan.style;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Precision and recall of "any WARNING" against sentences labelled by hand in style/labelled.tsv. */
class LabelledSetTest {

    private record Labelled(boolean bureaucratese, String sentence) {
    }

    @Test
    void warningsArePrecise() throws IOException {
        StyleLinter linter = new StyleLinter();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> misses = new ArrayList<>();
        for (Labelled example : labelled()) {
            boolean warned = linter.check(Draft.of(example.sentence())).stream().anyMatch(f -> f.severity() == Severity.WARNING);
            if (warned && example.bureaucratese()) {
                truePositives++;
            } else if (warned) {
                falsePositives++;
                misses.add("false positive: " + example.sentence());
            } else if (example.bureaucratese()) {
                falseNegatives++;
                misses.add("missed: " + example.sentence());
            }
        }
        double precision = (double) truePositives / (truePositives + falsePositives);
        double recall = (double) truePositives / (truePositives + falseNegatives);
        System.out.printf("style linter on labelled set: precision %.2f (%d/%d), recall %.2f (%d/%d)%n",
                precision, truePositives, truePositives + falsePositives, recall, truePositives, truePositives + falseNegatives);
        misses.forEach(System.out::println);

        assertTrue(precision >= 0.8, "precision " + precision);
    }

    private static List<Labelled> labelled() throws IOException {
        List<Labelled> examples = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LabelledSetTest.class.getResourceAsStream("/style/labelled.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    examples.add(new Labelled(columns[0].equals("канцелярит"), columns[1]));
                }
            }
        }
        return examples;
    }
}
