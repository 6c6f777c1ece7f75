package org.socialdesk.contentplan.style;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Advises on the style of a post as decree № 133 д.9 asks: conversational, no press-release bureaucratese.
 * It only advises — nothing here can stop a publication.
 * <p>
 * The wording rules are data: tab-separated lists under {@code style/ru/} in this bundle, extended or
 * overridden per organisation through {@link #builder()}. The heuristics (passive voice, chains of verbal
 * nouns, lengths, alt text) are code, but each can be switched off by id with an {@code OFF} line.
 * <p>
 * An instance is immutable and thread-safe; {@link #check} is one linear pass over the text, cheap enough to
 * run on every keystroke.
 */
public final class StyleLinter {

    private final PhraseIndex<PhraseRule> rules;
    private final PhraseIndex<Phrase> allowed;
    private final VerbalNounChain chains;
    private final Set<String> disabled;
    private final TextLimits limits;

    /** The bundled Russian rules with {@link TextLimits#DEFAULT}. */
    public StyleLinter() {
        this(builder());
    }

    private StyleLinter(Builder builder) {
        this.rules = builder.book.ruleIndex();
        this.allowed = builder.book.allowIndex();
        this.chains = new VerbalNounChain(builder.book.chainLinkIndex());
        this.disabled = builder.book.disabled();
        this.limits = builder.limits;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Findings ordered by position in the text; image findings (empty span at 0) come first. */
    public List<StyleFinding> check(Draft draft) {
        String text = draft.text();
        TextLayout layout = TextLayout.of(text);

        List<StyleFinding> wording = new ArrayList<>();
        rules.find(text, layout.words()).forEach(match -> wording.add(match.value().at(match.start(), match.end())));
        wording.addAll(PassiveParticiple.find(text, layout.sentences()));
        wording.addAll(chains.find(text, layout.words()));
        List<PhraseIndex.Match<Phrase>> allowedSpans = allowed.find(text, layout.words());
        wording.removeIf(finding -> allowedSpans.stream().anyMatch(span -> span.start() <= finding.start() && finding.end() <= span.end()));

        List<StyleFinding> findings = new ArrayList<>(wording);
        findings.addAll(TextLength.tooLong(layout, limits));
        findings.addAll(TextLength.overNetworkLimits(text, draft.limits()));
        findings.addAll(ImageAltText.find(draft.images()));
        findings.removeIf(finding -> disabled.contains(finding.ruleId()));
        return findings.stream()
                .distinct()
                .sorted(Comparator.comparingInt(StyleFinding::start).thenComparingInt(StyleFinding::end).thenComparing(StyleFinding::ruleId))
                .toList();
    }

    /** The score the editor shows next to the findings; see {@link ReadabilityScore} for the formula. */
    public ReadabilityScore readability(Draft draft) {
        return ReadabilityScore.of(draft.text());
    }

    /** Starts from the bundled rules; each call adds an organisation's layer on top of the previous ones. */
    public static final class Builder {

        private final RuleBook book = RuleBook.bundled();
        private TextLimits limits = TextLimits.DEFAULT;

        private Builder() {
        }

        /**
         * Rules in the format of {@code style/ru/cliches.tsv}. A line with an existing id replaces all bundled
         * lines of that id; {@code id<TAB>OFF} switches a rule or a heuristic off.
         *
         * @param source name shown in error messages (a file name)
         */
        public Builder withRules(String source, Reader tsv) {
            book.override(Objects.requireNonNull(source), Objects.requireNonNull(tsv));
            return this;
        }

        /** Phrases in the format of {@code style/ru/allow.tsv} inside which no wording finding is shown. */
        public Builder withAllowed(String source, Reader tsv) {
            book.allow(Objects.requireNonNull(source), Objects.requireNonNull(tsv));
            return this;
        }

        public Builder withTextLimits(TextLimits limits) {
            this.limits = Objects.requireNonNull(limits);
            return this;
        }

        public StyleLinter build() {
            return new StyleLinter(this);
        }
    }
}
