package org.socialdesk.contentplan.style;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules in force: the bundled Russian lists, then each organisation's files on top. A later file
 * replaces every line of an id it mentions, so an organisation can reword, re-level or switch off
 * ({@code OFF}) a default rule — heuristics included — without copying the whole list.
 */
final class RuleBook {

    private final Map<String, List<PhraseRule>> rulesById = new LinkedHashMap<>();
    private final Set<String> disabled = new HashSet<>();
    private final List<Phrase> allowed = new ArrayList<>();
    private final List<Phrase> chainLinks = new ArrayList<>();

    static RuleBook bundled() {
        RuleBook book = new RuleBook();
        book.override("style/ru/cliches.tsv", RuleFile.bundled("cliches.tsv"));
        book.override("style/ru/passive.tsv", RuleFile.bundled("passive.tsv"));
        book.allow("style/ru/allow.tsv", RuleFile.bundled("allow.tsv"));
        book.chainLinks.addAll(RuleFile.phrases("style/ru/chain-links.tsv", RuleFile.bundled("chain-links.tsv")));
        return book;
    }

    void override(String source, Reader reader) {
        List<RuleFile.RuleLine> lines = RuleFile.rules(source, reader);
        Set<String> mentioned = new LinkedHashSet<>();
        lines.forEach(line -> mentioned.add(line.id()));
        mentioned.forEach(id -> {
            rulesById.remove(id);
            disabled.remove(id);
        });
        for (RuleFile.RuleLine line : lines) {
            if (line.off()) {
                disabled.add(line.id());
            } else {
                rulesById.computeIfAbsent(line.id(), id -> new ArrayList<>()).add(line.rule());
            }
        }
    }

    void allow(String source, Reader reader) {
        allowed.addAll(RuleFile.phrases(source, reader));
    }

    PhraseIndex<PhraseRule> ruleIndex() {
        PhraseIndex<PhraseRule> index = new PhraseIndex<>();
        rulesById.values().forEach(rules -> rules.forEach(rule -> index.add(rule.phrase(), rule)));
        return index;
    }

    PhraseIndex<Phrase> allowIndex() {
        PhraseIndex<Phrase> index = new PhraseIndex<>();
        allowed.forEach(phrase -> index.add(phrase, phrase));
        return index;
    }

    PhraseIndex<Phrase> chainLinkIndex() {
        PhraseIndex<Phrase> index = new PhraseIndex<>();
        chainLinks.forEach(phrase -> index.add(phrase, phrase));
        return index;
    }

    Set<String> disabled() {
        return Set.copyOf(disabled);
    }
}
