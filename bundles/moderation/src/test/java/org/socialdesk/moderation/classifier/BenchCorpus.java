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

/**
 * The comment texts the moderation benchmarks run on: a corpus file whose lines are {@code label<TAB>text} or
 * plain text ({@code #} lines and blank ones skipped), or "builtin" for the hand-written comments in the test
 * resources.
 */
public final class BenchCorpus {

    private BenchCorpus() {
    }

    public static List<String> read(String corpus) throws IOException {
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
        InputStream in = BenchCorpus.class.getResourceAsStream("/bench/comments.txt");
        if (in == null) {
            throw new IOException("missing /bench/comments.txt");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
