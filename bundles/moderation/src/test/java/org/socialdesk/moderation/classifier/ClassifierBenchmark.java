package org.socialdesk.moderation.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        texts = readCorpus(corpus).toArray(new String[0]);
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

    private static List<String> readCorpus(String corpus) throws IOException {
        List<String> texts = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(open(corpus))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                texts.add(tab < 0 ? line : line.substring(tab + 1));
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("no texts in " + corpus);
        }
        return texts;
    }

    private static Reader open(String corpus) throws IOException {
        if (!corpus.equals("builtin")) {
            return Files.newBufferedReader(Path.of(corpus), StandardCharsets.UTF_8);
        }
        InputStream in = ClassifierBenchmark.class.getResourceAsStream("/bench/comments.txt");
        if (in == null) {
            throw new IOException("missing /bench/comments.txt");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
