package org.socialdesk.moderation.classifier.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.socialdesk.moderation.classifier.Category;
import org.socialdesk.moderation.classifier.WordList;
import org.socialdesk.moderation.classifier.internal.EntryPattern.Element;

/** Turns word lists into a {@link TermIndex}: one term per entry, one element term per phrase word. */
final class LexiconCompiler {

    /**
     * Russian prefixes (and the compounding "долбо-") that may stand before a root marked {@code ~}: they let
     * "~еба*" find заебал, наебать, поебать, выебываться without matching колебаться or хлебать. The forms with
     * ь are the common misspelling of ъ (вьебал).
     */
    private static final String[] PREFIXES = {
        "в", "во", "въ", "вь", "вз", "взъ", "вс", "вы", "до", "за", "из", "изъ", "изь", "ис", "на", "над", "надъ",
        "не", "ни", "недо", "о", "об", "обо", "объ", "обь", "от", "ото", "отъ", "оть", "пере", "по", "под", "подо",
        "подъ", "подь", "пол", "полу", "пре", "пред", "при", "про", "раз", "разъ", "разь", "рас", "с", "со", "съ",
        "сь", "у", "долбо", "далбо"
    };

    private final int firstId;
    private final List<Term> terms = new ArrayList<>();
    private final KeyTable exact;
    private final CharTrie stems = new CharTrie();
    private final CharTrie prefixes = new CharTrie();
    private final KeyTable allowedWords = new KeyTable(64);
    private final CharTrie allowedStems = new CharTrie();
    private final byte[] openings = TermIndex.newOpenings();
    private final KeyTable otherPhraseWords = new KeyTable(256);
    private final CharTrie otherPhraseStems = new CharTrie();
    private final Map<String, Integer> elementIds = new HashMap<>();
    private final Set<String> anchorElements = new HashSet<>();
    private final Set<String> otherElements = new HashSet<>();
    private final Map<Integer, List<Phrase>> phrasesByAnchor = new HashMap<>();

    private LexiconCompiler(int firstId, int expectedWords) {
        this.firstId = firstId;
        this.exact = new KeyTable(expectedWords);
    }

    /**
     * @param firstId the first term id to give out: 0 for a base, the base's end for a layer over it
     */
    static TermIndex compile(List<WordList> lists, List<String> allowed, int firstId) {
        int entries = 0;
        for (WordList list : lists) {
            entries += list.entries().size();
        }
        return new LexiconCompiler(firstId, entries).build(lists, allowed);
    }

    private TermIndex build(List<WordList> lists, List<String> allowed) {
        for (String prefix : PREFIXES) {
            prefixes.add(prefix, 1);
        }
        for (WordList list : lists) {
            for (WordList.Entry entry : list.entries()) {
                add(list, entry);
            }
        }
        for (String pattern : allowed) {
            allow(pattern);
        }
        prefixes.freeze();
        stems.freeze();
        allowedStems.freeze();
        otherPhraseStems.freeze();
        Phrase[][] phrasesWithAnchor = new Phrase[terms.size()][];
        phrasesByAnchor.forEach((id, list) -> phrasesWithAnchor[id - firstId] = list.toArray(new Phrase[0]));
        return new TermIndex(firstId, terms, exact, stems, prefixes, allowedWords, allowedStems, openings,
                otherPhraseWords, otherPhraseStems, phrasesWithAnchor);
    }

    /** One term per entry, whatever number of words or phrases its alternatives expand into. */
    private void add(WordList list, WordList.Entry entry) {
        Term term = null;
        Map<String, List<List<Element>>> phrasesByShape = new HashMap<>();
        for (String variant : Alternatives.expand(entry.pattern())) {
            List<Element> elements = spelledOut(EntryPattern.parse(variant));
            if (term == null) {
                term = newTerm(list.category(), entry.weight(), entry.pattern(), entry.topic(), list.supplementary());
            }
            if (elements.size() == 1 && elements.get(0) != Element.GAP) {
                register(elements.get(0), term.id());
            } else {
                phrasesByShape.computeIfAbsent(shape(elements), k -> new ArrayList<>()).add(elements);
            }
        }
        for (List<List<Element>> variants : phrasesByShape.values()) {
            addPhrases(variants, term);
        }
    }

    /**
     * A word written letter by letter in a list (х_у_я_р_а) is that word: texts that space a word out are
     * joined back by the {@link Joiner}, so the list entry must be the joined word, not a phrase of letters.
     */
    private static List<Element> spelledOut(List<Element> elements) {
        if (elements.size() < 2) {
            return elements;
        }
        StringBuilder word = new StringBuilder();
        for (Element element : elements) {
            if (element == Element.GAP || element.key().length() != 1) {
                return elements;
            }
            word.append(element.key());
        }
        return List.of(new Element(word.toString(), EntryPattern.AT_START, false));
    }

    /** Where the gaps are in a phrase: variants of one shape may share slots. */
    private static String shape(List<Element> elements) {
        StringBuilder shape = new StringBuilder();
        for (Element element : elements) {
            shape.append(element == Element.GAP ? '_' : 'w');
        }
        return shape.toString();
    }

    /**
     * Variants of one shape become one phrase with a slot of alternatives per position when together they are
     * every combination of those alternatives (as "(ты|вы) ... (козёл|баран)" expands); otherwise, one each.
     */
    private void addPhrases(List<List<Element>> variants, Term term) {
        List<Element> shape = variants.get(0);
        int anchor = anchor(variants);
        List<SortedIds> slots = new ArrayList<>();
        Set<List<Integer>> distinct = new HashSet<>();
        for (List<Element> variant : variants) {
            List<Integer> ids = new ArrayList<>();
            for (int k = 0; k < variant.size(); k++) {
                ids.add(variant.get(k) == Element.GAP ? -1 : elementId(variant.get(k), k == anchor));
            }
            distinct.add(ids);
        }
        long combinations = 1;
        for (int k = 0; k < shape.size(); k++) {
            SortedIds slot = new SortedIds();
            for (List<Element> variant : variants) {
                Element element = variant.get(k);
                if (element != Element.GAP) {
                    slot.add(elementId(element, k == anchor));
                }
            }
            slots.add(slot);
            combinations *= Math.max(1, slot.size());
        }
        // spellings that normalise alike (козел, козёл) make fewer distinct variants than alternatives
        if (combinations == distinct.size()) {
            addPhrase(slots, anchor, term);
            return;
        }
        for (List<Element> variant : variants) {
            List<SortedIds> single = new ArrayList<>();
            for (int k = 0; k < variant.size(); k++) {
                SortedIds slot = new SortedIds();
                if (variant.get(k) != Element.GAP) {
                    slot.add(elementId(variant.get(k), k == anchor));
                }
                single.add(slot);
            }
            addPhrase(single, anchor, term);
        }
    }

    /**
     * The position whose words are likely rarest, judged by their shortest key: function words (в, и, ты,
     * без) are short. Ties go to the later position, usually the noun the phrase is about.
     */
    private static int anchor(List<List<Element>> variants) {
        int best = -1;
        int bestLength = -1;
        for (int k = 0; k < variants.get(0).size(); k++) {
            if (variants.get(0).get(k) == Element.GAP) {
                continue;
            }
            int shortest = Integer.MAX_VALUE;
            for (List<Element> variant : variants) {
                shortest = Math.min(shortest, variant.get(k).key().length());
            }
            if (shortest >= bestLength) {
                best = k;
                bestLength = shortest;
            }
        }
        return best;
    }

    private void addPhrase(List<SortedIds> slots, int anchor, Term term) {
        int[][] arrays = new int[slots.size()][];
        for (int k = 0; k < arrays.length; k++) {
            arrays[k] = slots.get(k).size() == 0 ? Phrase.GAP : slots.get(k).toArray();
        }
        Phrase phrase = new Phrase(arrays, anchor, term);
        for (int id : arrays[anchor]) {
            phrasesByAnchor.computeIfAbsent(id, key -> new ArrayList<>()).add(phrase);
        }
    }

    /** A set of term ids that comes out sorted. */
    private static final class SortedIds {
        private final TreeSet<Integer> ids = new TreeSet<>();

        void add(int id) {
            ids.add(id);
        }

        int size() {
            return ids.size();
        }

        int[] toArray() {
            return ids.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * The term id of a phrase word, shared by all phrases with that word. An anchor word is matched with the
     * other words of the text (finding it starts the search for its phrases); any other is kept aside and
     * looked up only then, so that и, в, ты are not matched in every comment for phrases that are not there.
     */
    private int elementId(Element element, boolean anchor) {
        String signature = element.signature();
        Integer id = elementIds.get(signature);
        if (id == null) {
            id = newTerm(null, 0, element.key(), "", false).id();
            elementIds.put(signature, id);
        }
        if (anchor && anchorElements.add(signature)) {
            register(element, id);
        } else if (!anchor && otherElements.add(signature)) {
            if (element.isWholeWord()) {
                otherPhraseWords.add(element.key(), id);
            } else {
                otherPhraseStems.add(element.key(), TermIndex.payload(id, EntryPattern.AT_START, element.open()));
            }
        }
        return id;
    }

    private Term newTerm(Category category, double weight, String label, String topic, boolean supplementary) {
        Term term = new Term(firstId + terms.size(), category, weight, label, topic, supplementary);
        terms.add(term);
        return term;
    }

    private void register(Element element, int id) {
        if (element.isWholeWord()) {
            exact.add(element.key(), id);
            return;
        }
        stems.add(element.key(), TermIndex.payload(id, element.mode(), element.open()));
        if (element.mode() != EntryPattern.AT_START) {
            String key = element.key();
            if (key.length() < 2) {
                throw new IllegalArgumentException("a root inside a word needs two letters or more: " + key);
            }
            openings[TermIndex.opening(key.charAt(0), key.charAt(1))] |=
                    element.mode() == EntryPattern.ANYWHERE ? TermIndex.OPENS_ANYWHERE : TermIndex.OPENS_AFTER_PREFIX;
        }
    }

    private void allow(String pattern) {
        List<Element> elements = EntryPattern.parse(pattern);
        if (elements.size() != 1 || elements.get(0) == Element.GAP || elements.get(0).mode() != EntryPattern.AT_START) {
            throw new IllegalArgumentException("an allow-list entry is one word or one stem*: " + pattern);
        }
        Element element = elements.get(0);
        if (element.open()) {
            allowedStems.add(element.key(), 1);
        } else {
            allowedWords.add(element.key(), 1);
        }
    }
}
