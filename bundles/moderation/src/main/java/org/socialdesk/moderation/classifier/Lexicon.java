package org.socialdesk.moderation.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The word lists a classifier works from, plus an allow-list of words never to flag (place names, surnames,
 * an organisation's own terms). Immutable: {@link #with} and {@link #allowing} return a new lexicon, so an
 * organisation's additions never leak into another's.
 *
 * <p>A lexicon made by {@link #with} or {@link #allowing} is a layer over the lexicon it came from (its
 * {@link #base()}): classifiers compile a base once and share it, so a hundred organisations with their own
 * additions cost one compiled copy of the 140,000 shipped forms, not a hundred.
 */
public final class Lexicon {

    private static final String FOLDER = "/lexicon/ru/";

    private final Lexicon base;
    private final List<WordList> ownWordLists;
    private final List<String> ownAllowed;

    private Lexicon(Lexicon base, List<WordList> ownWordLists, List<String> ownAllowed) {
        this.base = base;
        this.ownWordLists = List.copyOf(ownWordLists);
        this.ownAllowed = List.copyOf(ownAllowed);
    }

    public static Lexicon of(List<WordList> wordLists, Collection<String> allowed) {
        return new Lexicon(null, wordLists, List.copyOf(allowed));
    }

    /**
     * The lists shipped in this bundle under {@code /lexicon/ru/}: the curated obscene, insult, spam and
     * possibly-illegal lists, the rudetoxifier inflected forms and the LDNOOBW list (see NOTICE), and the
     * allow-list. Loaded once; reading 140,000 forms takes a moment.
     */
    public static Lexicon builtIn() {
        return BuiltIn.LEXICON;
    }

    /** This lexicon plus {@code list}, e.g. an organisation's own words. */
    public Lexicon with(WordList list) {
        List<WordList> lists = new ArrayList<>(ownLayer().ownWordLists);
        lists.add(list);
        return new Lexicon(baseOfLayer(), lists, ownLayer().ownAllowed);
    }

    /** This lexicon with more words never to flag, in the word-list pattern syntax (single words only). */
    public Lexicon allowing(Collection<String> patterns) {
        List<String> all = new ArrayList<>(ownLayer().ownAllowed);
        all.addAll(patterns);
        return new Lexicon(baseOfLayer(), ownLayer().ownWordLists, all);
    }

    public Lexicon allowing(String... patterns) {
        return allowing(List.of(patterns));
    }

    /** The lexicon this one adds to, or {@code null} if it stands alone (as {@link #builtIn()} does). */
    public Lexicon base() {
        return base;
    }

    /** The lists of this lexicon without those of its base. */
    public List<WordList> ownWordLists() {
        return ownWordLists;
    }

    /** The allow-list of this lexicon without that of its base. */
    public List<String> ownAllowed() {
        return ownAllowed;
    }

    /** Every list, the base's first. */
    public List<WordList> wordLists() {
        if (base == null) {
            return ownWordLists;
        }
        List<WordList> all = new ArrayList<>(base.wordLists());
        all.addAll(ownWordLists);
        return List.copyOf(all);
    }

    /** The whole allow-list, the base's first. */
    public List<String> allowed() {
        if (base == null) {
            return ownAllowed;
        }
        List<String> all = new ArrayList<>(base.allowed());
        all.addAll(ownAllowed);
        return List.copyOf(all);
    }

    /** Additions to a layer extend that layer, so that there is only ever one over a base. */
    private Lexicon baseOfLayer() {
        return base == null ? this : base;
    }

    private Lexicon ownLayer() {
        return base == null ? EMPTY : this;
    }

    private static final Lexicon EMPTY = new Lexicon(null, List.of(), List.of());

    /** Reads an allow-list: one word or {@code stem*} a line, {@code #} comments. */
    public static List<String> readAllowList(Reader reader) throws IOException {
        List<String> patterns = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            int hash = line.indexOf('#');
            String text = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (!text.isEmpty()) {
                patterns.add(text);
            }
        }
        return patterns;
    }

    /** Holder idiom: the shipped lists are read on first use and only once. */
    private static final class BuiltIn {
        static final Lexicon LEXICON = load();

        private static Lexicon load() {
            try {
                List<String> notObscene = read("not-obscene.txt", Lexicon::readAllowList);
                String forms = "MAT_FINAL_with_unigram_inflections.txt";
                List<WordList> lists = List.of(
                        read("obscene.txt", r -> WordList.parse(Category.OBSCENE, "obscene.txt", r)),
                        read("insult.txt", r -> WordList.parse(Category.INSULT, "insult.txt", r)),
                        read("spam.txt", r -> WordList.parse(Category.SPAM, "spam.txt", r)),
                        read("illegal.txt", r -> WordList.parse(Category.POSSIBLY_ILLEGAL, "illegal.txt", r)),
                        read(forms, r -> WordList.plain(Category.OBSCENE, forms, r, notObscene)),
                        read("ldnoobw_ru.txt", r -> WordList.plain(Category.OBSCENE, "ldnoobw_ru.txt", r, notObscene)));
                return new Lexicon(null, lists, read("allow.txt", Lexicon::readAllowList));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in word lists", e);
            }
        }

        private interface ReaderFunction<T> {
            T apply(Reader reader) throws IOException;
        }

        private static <T> T read(String name, ReaderFunction<T> parser) throws IOException {
            InputStream in = Lexicon.class.getResourceAsStream(FOLDER + name);
            if (in == null) {
                throw new IOException("missing resource " + FOLDER + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parser.apply(reader);
            }
        }
    }
}
