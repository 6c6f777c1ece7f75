package org.socialdesk.moderation.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** One classifier serves many threads (a DS component is shared): the verdicts do not depend on the thread. */
class ConcurrencyTest {

    @Test
    void threadsSharingAClassifierGetTheVerdictsOfOne() throws Exception {
        List<String> texts = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/bench/comments.txt"), StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(texts::add);
        }
        Classifier expected = new LexiconClassifier(Lexicon.builtIn());
        List<Verdict> alone = new ArrayList<>();
        for (String text : texts) {
            alone.add(expected.classify(text));
        }

        Classifier shared = new LexiconClassifier(Lexicon.builtIn());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Verdict>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<Verdict> last = null;
                    for (int round = 0; round < 200; round++) {
                        last = new ArrayList<>();
                        for (String text : texts) {
                            last.add(shared.classify(text));
                        }
                    }
                    return last;
                }));
            }
            for (Future<List<Verdict>> run : runs) {
                assertEquals(alone, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
