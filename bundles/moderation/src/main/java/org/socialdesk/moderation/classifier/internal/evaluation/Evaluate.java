package org.socialdesk.moderation.classifier.internal.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.socialdesk.moderation.classifier.Classifier;
import org.socialdesk.moderation.classifier.Lexicon;
import org.socialdesk.moderation.classifier.LexiconClassifier;
import org.socialdesk.moderation.classifier.Verdict;

/**
 * Scores the platform's classifier on a file of {@code label<TAB>text} lines (labels clean, toxic, spam,
 * sensitive): a readable report, then one JSON line with the measures. Run by {@code tools/moderation-eval}.
 */
public final class Evaluate {

    private static final int DEFAULT_EXAMPLES = 10;
    private static final int SHOWN_CHARS = 160;
    private static final int TIMED_PASSES = 3;
    private static final long WARM_UP_TEXTS = 200_000;
    private static final long WARM_UP_NANOS = 1_000_000_000L;

    private record Line(int number, Label label, String text) {
    }

    private record Miss(Line line, Verdict verdict) {
    }

    private Evaluate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: moderation-eval FILE [--examples N]");
            System.exit(2);
        }
        int examples = args.length >= 3 && args[1].equals("--examples") ? Integer.parseInt(args[2]) : DEFAULT_EXAMPLES;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Line> lines = read(Path.of(args[0]), out);

        long loadStart = System.nanoTime();
        Classifier classifier = new LexiconClassifier(Lexicon.builtIn());
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;

        // untimed passes let the JIT compile the hot path; the median of the timed passes is the speed
        Verdict[] verdicts = new Verdict[lines.size()];
        long warmUpStart = System.nanoTime();
        long warmedUp = 0;
        while (warmedUp < WARM_UP_TEXTS || System.nanoTime() - warmUpStart < WARM_UP_NANOS) {
            classifyAll(classifier, lines, verdicts);
            warmedUp += Math.max(1, lines.size());
        }
        double[] rates = new double[TIMED_PASSES];
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            long start = System.nanoTime();
            classifyAll(classifier, lines, verdicts);
            rates[pass] = lines.size() / Math.max((System.nanoTime() - start) / 1e9, 1e-9);
        }
        Arrays.sort(rates);
        double perSecond = rates[TIMED_PASSES / 2];

        Confusion confusion = new Confusion();
        Map<Label, List<Miss>> missed = new EnumMap<>(Label.class);
        Map<Label, List<Miss>> falseAlarms = new EnumMap<>(Label.class);
        for (int i = 0; i < verdicts.length; i++) {
            Line line = lines.get(i);
            Label predicted = Label.of(verdicts[i].category());
            confusion.add(line.label(), predicted);
            if (predicted != line.label()) {
                missed.computeIfAbsent(line.label(), l -> new ArrayList<>()).add(new Miss(line, verdicts[i]));
                falseAlarms.computeIfAbsent(predicted, l -> new ArrayList<>()).add(new Miss(line, verdicts[i]));
            }
        }

        out.printf(Locale.ROOT, "SocialDesk moderation classifier on %s%n", args[0]);
        out.printf(Locale.ROOT, "%d lines; lexicon compiled in %d ms; classified %.0f lines/s on one thread"
                + " (median of %d passes after a warm-up)%n%n", lines.size(), loadMillis, perSecond, TIMED_PASSES);
        printTable(out, confusion);
        printMeasures(out, confusion);
        printExamples(out, "Missed (labelled X, classified otherwise)", missed, examples);
        printExamples(out, "False alarms (classified X, labelled otherwise)", falseAlarms, examples);
        out.println(json(confusion, perSecond));
    }

    private static void classifyAll(Classifier classifier, List<Line> lines, Verdict[] verdicts) {
        for (int i = 0; i < verdicts.length; i++) {
            verdicts[i] = classifier.classify(lines.get(i).text());
        }
    }

    private static List<Line> read(Path file, PrintStream out) throws IOException {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        int skipped = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            int tab = raw.indexOf('\t');
            if (tab < 0) {
                skipped += raw.isBlank() ? 0 : 1;
                continue;
            }
            try {
                lines.add(new Line(number, Label.parse(raw.substring(0, tab)), raw.substring(tab + 1)));
            } catch (IllegalArgumentException e) {
                skipped++;
            }
        }
        if (skipped > 0) {
            out.printf(Locale.ROOT, "skipped %d malformed lines%n", skipped);
        }
        return lines;
    }

    private static void printTable(PrintStream out, Confusion c) {
        out.println("Confusion table (rows: label in the file, columns: classifier)");
        out.printf(Locale.ROOT, "%-12s", "");
        for (Label predicted : Label.values()) {
            out.printf(Locale.ROOT, "%11s", predicted.key());
        }
        out.printf(Locale.ROOT, "%11s%n", "total");
        for (Label truth : Label.values()) {
            out.printf(Locale.ROOT, "%-12s", truth.key());
            for (Label predicted : Label.values()) {
                out.printf(Locale.ROOT, "%11d", c.count(truth, predicted));
            }
            out.printf(Locale.ROOT, "%11d%n", c.total(truth));
        }
        out.println();
    }

    private static void printMeasures(PrintStream out, Confusion c) {
        out.printf(Locale.ROOT, "%-12s%11s%11s%11s%n", "", "precision", "recall", "F1");
        for (Label label : List.of(Label.TOXIC, Label.SPAM, Label.SENSITIVE)) {
            out.printf(Locale.ROOT, "%-12s%11.3f%11.3f%11.3f%n", label.key(), c.precision(label), c.recall(label),
                    c.f1(label));
        }
        out.printf(Locale.ROOT, "clean lines flagged: %.2f %%%n%n", 100 * c.cleanFlagged());
    }

    private static void printExamples(PrintStream out, String title, Map<Label, List<Miss>> byLabel, int limit) {
        out.println(title);
        for (Map.Entry<Label, List<Miss>> entry : byLabel.entrySet()) {
            List<Miss> misses = entry.getValue();
            out.printf(Locale.ROOT, "  %s: %d%n", entry.getKey().key(), misses.size());
            for (Miss miss : misses.subList(0, Math.min(limit, misses.size()))) {
                Line line = miss.line();
                out.printf(Locale.ROOT, "    line %d [%s → %s %.2f] %s%n", line.number(), line.label().key(),
                        Label.of(miss.verdict().category()).key(), miss.verdict().confidence(), shorten(line.text()));
                if (!miss.verdict().reasons().isEmpty()) {
                    out.printf(Locale.ROOT, "        %s%n", String.join("; ", miss.verdict().reasons()));
                }
            }
        }
        out.println();
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS - 1) + "…";
    }

    private static String json(Confusion c, double perSecond) {
        StringBuilder json = new StringBuilder("{");
        for (Label label : List.of(Label.TOXIC, Label.SPAM, Label.SENSITIVE)) {
            json.append(String.format(Locale.ROOT, "\"%s\":{\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f},",
                    label.key(), c.precision(label), c.recall(label), c.f1(label)));
        }
        json.append(String.format(Locale.ROOT, "\"clean_flagged\":%.4f,\"per_second\":%.0f}", c.cleanFlagged(),
                perSecond));
        return json.toString();
    }
}
