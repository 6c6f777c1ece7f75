package org.socialdesk.moderation.internal;

import static org.socialdesk.core.moderation.OrganisationWordsService.MAX_ENTRIES;
import static org.socialdesk.core.moderation.OrganisationWordsService.MAX_ENTRY_LENGTH;
import static org.socialdesk.core.moderation.OrganisationWordsService.MIN_STEM;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialdesk.core.moderation.OrganisationWordList;
import org.socialdesk.core.moderation.WordListProblem;
import org.socialdesk.core.moderation.WordListProblem.Kind;
import org.socialdesk.moderation.classifier.internal.EntrySpelling;

/**
 * The rules an organisation's word list follows, so that every entry means what the person who typed it sees: an
 * entry whose characters the reading of comments would drop could never match as written, and one the normaliser
 * reads like an earlier entry is noise. The lists use a small part of the word-list syntax: words, phrases and a
 * closing {@code *}; anything else of that syntax is punctuation here and refused as such.
 */
final class WordListCheck {

    private WordListCheck() {
    }

    static List<WordListProblem> problems(List<String> banned, List<String> allowed) {
        List<WordListProblem> problems = new ArrayList<>(problems(OrganisationWordList.BANNED, banned));
        problems.addAll(problems(OrganisationWordList.ALLOWED, allowed));
        return problems;
    }

    /** The entries that have no problem, for trying lists that are still being edited. */
    static List<String> usable(OrganisationWordList list, List<String> entries) {
        List<Integer> wrong = problems(list, entries).stream().map(WordListProblem::line).toList();
        List<String> usable = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!wrong.contains(i + 1)) {
                usable.add(entries.get(i).strip());
            }
        }
        return usable;
    }

    private static List<WordListProblem> problems(OrganisationWordList list, List<String> entries) {
        List<WordListProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            int line = i + 1;
            String entry = entries.get(i) == null ? "" : entries.get(i).strip();
            if (line > MAX_ENTRIES) {
                problems.add(new WordListProblem(list, line, Kind.TOO_MANY, String.valueOf(MAX_ENTRIES)));
                continue;
            }
            Kind kind = null;
            String detail = null;
            int erased = EntrySpelling.firstErased(entry);
            if (entry.isEmpty()) {
                kind = Kind.EMPTY;
            } else if (entry.length() > MAX_ENTRY_LENGTH) {
                kind = Kind.TOO_LONG;
                detail = String.valueOf(MAX_ENTRY_LENGTH);
            } else if (erased >= 0) {
                kind = Kind.ERASED_CHARACTER;
                detail = String.valueOf(entry.charAt(erased));
            } else if (!stemAllowed(entry)) {
                kind = Kind.BAD_STEM;
            } else if (list == OrganisationWordList.ALLOWED && entry.chars().anyMatch(Character::isWhitespace)) {
                kind = Kind.NOT_ONE_WORD;
            } else if (EntrySpelling.key(entry).replace("*", "").isEmpty()) {
                // nothing but hyphens or symbols: no word is left once they are read as in comments
                kind = Kind.ERASED_CHARACTER;
                detail = entry.substring(0, 1);
            } else {
                Integer earlier = seen.putIfAbsent(EntrySpelling.key(entry), line);
                if (earlier != null) {
                    kind = Kind.DUPLICATE;
                    detail = String.valueOf(earlier);
                }
            }
            if (kind != null) {
                problems.add(new WordListProblem(list, line, kind, detail));
            }
        }
        return problems;
    }

    /** A {@code *} only closes the entry, after a last word long enough not to match half the language. */
    private static boolean stemAllowed(String entry) {
        int star = entry.indexOf('*');
        if (star < 0) {
            return true;
        }
        if (star != entry.length() - 1) {
            return false;
        }
        String body = entry.substring(0, star);
        String lastWord = body.substring(Math.max(body.lastIndexOf(' '), body.lastIndexOf('-')) + 1);
        return lastWord.codePoints().filter(Character::isLetterOrDigit).count() >= MIN_STEM;
    }
}
