package org.socialdesk.moderation.classifier.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The word-list pattern syntax (see {@link org.socialdesk.moderation.classifier.WordList}) for one variant of
 * an entry, after its alternatives are expanded: words with their markers, normalised exactly as the texts
 * they will be looked up in.
 */
final class EntryPattern {

    /** The pattern begins where the word begins. */
    static final int AT_START = 0;
    /** {@code ~root}: at the start or after a chain of Russian prefixes. */
    static final int AFTER_PREFIX = 1;
    /** {@code *root}: anywhere inside a word. */
    static final int ANYWHERE = 2;

    /**
     * One word of a pattern.
     *
     * @param key  the normalised word or its beginning
     * @param mode where it may begin: {@link #AT_START}, {@link #AFTER_PREFIX} or {@link #ANYWHERE}
     * @param open {@code true} for {@code stem*}: anything may follow
     */
    record Element(String key, int mode, boolean open) {
        /** "..." in a phrase: up to {@link Phrase#MAX_GAP} other words. */
        static final Element GAP = new Element("", -1, false);

        boolean isWholeWord() {
            return mode == AT_START && !open;
        }

        /** Identifies the element across entries, so that a phrase word shared by many phrases is one term. */
        String signature() {
            return mode + (open ? "*" : "") + key;
        }
    }

    private EntryPattern() {
    }

    /** The elements of {@code variant} (no parentheses left); a hyphenated word becomes several. */
    static List<Element> parse(String variant) {
        List<Element> out = new ArrayList<>();
        for (String part : variant.strip().split("\\s+")) {
            if (part.equals("...") || part.equals("…")) {
                out.add(Element.GAP);
                continue;
            }
            int mode = AT_START;
            if (part.startsWith("~")) {
                mode = AFTER_PREFIX;
                part = part.substring(1);
            } else if (part.startsWith("*")) {
                mode = ANYWHERE;
                part = part.substring(1);
            }
            boolean open = part.endsWith("*");
            if (open) {
                part = part.substring(0, part.length() - 1);
            }
            WordScan scan = Tokenizer.scan(part);
            if (scan.count == 0) {
                throw new IllegalArgumentException("no word in \"" + part + "\" of " + variant);
            }
            for (int w = 0; w < scan.count; w++) {
                out.add(new Element(scan.key(w), w == 0 ? mode : AT_START, open && w == scan.count - 1));
            }
        }
        return out;
    }
}
