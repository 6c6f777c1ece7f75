package org.socialdesk.moderation.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Words of one category, as data a press office can edit. One entry a line:
 * <pre>
 * # a comment
 * [drugs]              a topic for the entries below it, shown in the verdict's reasons
 * дурак                the word itself (any case, ё or е; look-alike letters are read the same way)
 * дебил*               a word beginning with "дебил": дебилы, дебильный
 * ~пизд*               the root after Russian prefixes, or at the start: пиздец, спиздил, распиздяй
 * *пизд*               the root anywhere inside a word
 * туп(ой|ая|ые|ого)    alternatives: тупой, тупая, тупые, тупого
 * без вложений         words in a row form a phrase; "..." inside a phrase stands for up to three words
 * заработок | 0.5      a weight other than 1; a category fires when the weights found add up to 1
 * </pre>
 *
 * @param supplementary a supplementary list only counts for words that no other list recognises: it lets a
 *                      large third-party list of forms catch what curated lists miss without overriding them
 */
public record WordList(Category category, String source, List<Entry> entries, boolean supplementary) {

    /**
     * @param pattern as written in the list
     * @param weight  how much one match counts towards its category
     * @param topic   the section it was listed under, or {@code ""}
     */
    public record Entry(String pattern, double weight, String topic) {
        public Entry {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(topic, "topic");
            if (!(weight > 0)) {
                throw new IllegalArgumentException("weight must be positive: " + pattern);
            }
        }
    }

    public WordList {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        if (category == Category.CLEAN) {
            throw new IllegalArgumentException("clean is the absence of matches, not a word list");
        }
        entries = List.copyOf(entries);
    }

    /** Entries in the syntax described above, for example an organisation's own additions. */
    public static WordList of(Category category, String source, String... lines) {
        try {
            return parse(category, source, new StringReader(String.join("\n", lines)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a list in the syntax described above. */
    public static WordList parse(Category category, String source, Reader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        String topic = "";
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String text = stripComment(line).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                topic = text.substring(1, text.length() - 1).strip();
                continue;
            }
            double weight = 1;
            int bar = text.lastIndexOf('|');
            if (bar >= 0 && text.indexOf(')', bar) < 0) {
                try {
                    weight = Double.parseDouble(text.substring(bar + 1).strip());
                } catch (NumberFormatException e) {
                    throw new IOException(source + ":" + number + ": weight is not a number: " + line, e);
                }
                text = text.substring(0, bar).strip();
            }
            entries.add(new Entry(text, weight, topic));
        }
        return new WordList(category, source, entries, false);
    }

    /**
     * Reads a third-party list of plain words and phrases, one a line, without pattern syntax. Lines matching
     * {@code excluded} (ordinary words such lists contain by mistake; {@code stem*} excludes every line
     * beginning so) are left out. The list is {@linkplain #supplementary() supplementary}.
     */
    public static WordList plain(Category category, String source, Reader reader, Collection<String> excluded)
            throws IOException {
        Set<String> words = new HashSet<>();
        List<String> stems = new ArrayList<>();
        for (String pattern : excluded) {
            String folded = fold(pattern);
            if (folded.endsWith("*")) {
                stems.add(folded.substring(0, folded.length() - 1));
            } else {
                words.add(folded);
            }
        }
        List<Entry> entries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String word = line.strip();
            String folded = fold(word);
            if (!word.isEmpty() && !words.contains(folded) && stems.stream().noneMatch(folded::startsWith)) {
                entries.add(new Entry(word, 1, ""));
            }
        }
        return new WordList(category, source, entries, true);
    }

    private static String fold(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
