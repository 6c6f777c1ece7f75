package org.socialdesk.moderation.classifier.internal;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.socialdesk.moderation.classifier.Lexicon;
import org.socialdesk.moderation.classifier.Message;
import org.socialdesk.moderation.classifier.RecentTexts;
import org.socialdesk.moderation.classifier.Verdict;

/**
 * The classifier's machinery behind one door: normalise, match, add up. A lexicon that stands alone is
 * compiled once per JVM and shared (the shipped one takes some 30 MB and a second); an organisation's
 * lexicon shares its base's compiled index and compiles only its own additions over it.
 */
public final class CompiledLexicon {

    /** Compiled bases by lexicon identity; a base nobody uses any more may be collected. */
    private static final Map<Lexicon, TermIndex> BASES = Collections.synchronizedMap(new WeakHashMap<>());

    private final IndexLayers index;
    private final TextMatcher matcher;

    public CompiledLexicon(Lexicon lexicon) {
        if (lexicon.base() == null) {
            this.index = new IndexLayers(base(lexicon));
        } else {
            TermIndex base = base(lexicon.base());
            this.index = new IndexLayers(base,
                    LexiconCompiler.compile(lexicon.ownWordLists(), lexicon.ownAllowed(), base.endId()));
        }
        this.matcher = new TextMatcher(index);
    }

    private static TermIndex base(Lexicon lexicon) {
        return BASES.computeIfAbsent(lexicon,
                l -> LexiconCompiler.compile(l.ownWordLists(), l.ownAllowed(), 0));
    }

    public Verdict classify(Message message, RecentTexts.Repetition repetition) {
        WordScan scan = Tokenizer.scan(message.text());
        Matches matches = matcher.match(scan);
        Scorecard card = new Scorecard();
        WordEvidence.collect(index, scan, matches, card);
        SpamSignals.collect(scan, message, repetition, card);
        return card.verdict();
    }
}
