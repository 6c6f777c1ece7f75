package org.socialdesk.moderation.classifier;

import java.io.IOException;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One comment per operation, on one thread: the classifier side by side with the naive alternative, a
 * case-insensitive regular expression that alternates the same word lists. Run with
 * {@code tools/moderation-bench [corpus file]}; a corpus line may be {@code label<TAB>text} or plain text.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassifierBenchmark {

    /** A corpus file, or "builtin" for the hand-written comments in the test resources. */
    @Param("builtin")
    public String corpus;

    private String[] texts;
    private int next;
    private Classifier classifier;
    private Pattern curatedRegex;
    private Pattern fullRegex;

    @Setup
    public void setUp() throws IOException {
        texts = BenchCorpus.read(corpus).toArray(new String[0]);
        Lexicon lexicon = Lexicon.builtIn();
        classifier = new LexiconClassifier(lexicon);
        curatedRegex = naiveRegex(lexicon, false);
        fullRegex = naiveRegex(lexicon, true);
    }

    @Benchmark
    public Verdict classifier() {
        return classifier.classify(nextText());
    }

    /** The curated lists (roots, stems, phrases) as one alternation; no normalisation at all. */
    @Benchmark
    public boolean naiveRegexCuratedLists() {
        return curatedRegex.matcher(nextText()).find();
    }

    /** Every list the classifier uses, the 140,000 inflected forms included, as one alternation. */
    @Benchmark
    public boolean naiveRegexAllLists() {
        return fullRegex.matcher(nextText()).find();
    }

    private String nextText() {
        String text = texts[next];
        next = next + 1 == texts.length ? 0 : next + 1;
        return text;
    }

    /**
     * What a developer without a normaliser would write: each entry becomes a regex alternative (stems get
     * {@code \p{L}*}, phrases {@code \s+}), joined into one case-insensitive pattern with word boundaries.
     */
    static Pattern naiveRegex(Lexicon lexicon, boolean withSupplementaryLists) {
        StringJoiner alternatives = new StringJoiner("|");
        for (WordList list : lexicon.wordLists()) {
            if (list.supplementary() && !withSupplementaryLists) {
                continue;
            }
            for (WordList.Entry entry : list.entries()) {
                alternatives.add(toRegex(entry.pattern()));
            }
        }
        return Pattern.compile("(?<!\\p{L})(?:" + alternatives + ")(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String toRegex(String pattern) {
        StringJoiner words = new StringJoiner("\\s+");
        for (String word : pattern.strip().split("\\s+")) {
            if (word.equals("...")) {
                words.add("(?:\\S+\\s+){0,3}\\S+");
                continue;
            }
            String body = word.replaceAll("[.?+\\[\\]{}^$\\\\]", "");
            boolean before = body.startsWith("~") || body.startsWith("*");
            boolean after = body.endsWith("*");
            body = body.replace("~", "").replace("*", "");
            words.add((before ? "\\p{L}*" : "") + body + (after ? "\\p{L}*" : ""));
        }
        return words.toString();
    }
}
