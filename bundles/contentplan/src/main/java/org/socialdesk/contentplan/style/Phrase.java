package org.socialdesk.contentplan.style;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A phrase of a rule file: words separated by spaces, each written as
 * <ul>
 *   <li>a word form — {@code рамках};</li>
 *   <li>listed forms — {@code данный|данная|данное};</li>
 *   <li>a stem with an optional ending — {@code осуществ*} (any word starting so),
 *       {@code реализу*ся} (starting so and ending so: «реализуется», «реализуются»).</li>
 * </ul>
 * This covers Russian inflection well enough for clichés without a morphological dictionary.
 */
final class Phrase {

    /** Shorter stems match unrelated words («про*» would hit half the dictionary). */
    static final int MIN_STEM = 3;

    sealed interface Token permits Forms, Stem {
        boolean matches(String form);
    }

    record Forms(Set<String> forms) implements Token {
        public boolean matches(String form) {
            return forms.contains(form);
        }
    }

    record Stem(String prefix, String ending) implements Token {
        public boolean matches(String form) {
            return form.length() >= prefix.length() + ending.length()
                    && form.startsWith(prefix) && form.endsWith(ending);
        }
    }

    private final String source;
    private final List<Token> tokens;

    private Phrase(String source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    static Phrase parse(String source) {
        String[] parts = Word.normalise(source.strip()).split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        List<Token> tokens = new ArrayList<>();
        for (String part : parts) {
            tokens.add(token(part, source));
        }
        return new Phrase(source, List.copyOf(tokens));
    }

    private static Token token(String part, String source) {
        int star = part.indexOf('*');
        if (star < 0) {
            return new Forms(Arrays.stream(part.split("\\|")).filter(f -> !f.isEmpty()).collect(Collectors.toUnmodifiableSet()));
        }
        if (star < MIN_STEM || part.indexOf('*', star + 1) >= 0 || part.contains("|")) {
            throw new IllegalArgumentException("stem must be at least " + MIN_STEM + " letters, one '*', no '|': " + source);
        }
        return new Stem(part.substring(0, star), part.substring(star + 1));
    }

    List<Token> tokens() {
        return tokens;
    }

    Token first() {
        return tokens.get(0);
    }

    @Override
    public String toString() {
        return source;
    }
}
