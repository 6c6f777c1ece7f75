package org.socialdesk.moderation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.OrganisationWordList;
import org.socialdesk.core.moderation.OrganisationWords;
import org.socialdesk.core.moderation.WordListException;
import org.socialdesk.core.moderation.WordListProblem;
import org.socialdesk.core.moderation.WordListProblem.Kind;
import org.socialdesk.core.moderation.WordsChangedException;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;
import org.socialdesk.persistence.entity.AuditEntryEntity;

/** The organisations' own word lists on the real persistence unit: rights, versions, audit and the rules. */
class OrganisationWordsTest {

    private static final long ORG_A = 1;
    private static final long ORG_B = 2;
    private static final Caller MODERATOR_A = new Caller("moderator-a", Map.of(Role.MODERATOR, Set.of(ORG_A)));
    private static final Caller EDITOR_A = new Caller("editor-a", Map.of(Role.EDITOR, Set.of(ORG_A)));
    private static final Caller PRESS = new Caller("press", Map.of(Role.PRESS_OFFICE, Set.of()));
    private static final Caller AUDITOR = new Caller("auditor", Map.of(Role.AUDITOR, Set.of()));

    private Database database;
    private OrganisationWordsServiceImpl words;

    @BeforeEach
    void start(@TempDir Path data) {
        database = InMemoryDatabase.create();
        words = new OrganisationWordsServiceImpl(database,
                new AuditTrail(database, new ChainHeadFile(data.resolve("chain-head"))), new String[0],
                new String[0], Clock.systemUTC());
    }

    @Test
    void anOrganisationWithoutListsHasEmptyOnesAtVersionZero() {
        OrganisationWords none = words.find(AUDITOR, ORG_A);

        assertEquals(new OrganisationWords(ORG_A, 0, List.of(), List.of(), null, null), none);
    }

    @Test
    void savedListsAreReadBackVersionedAndAuditedWithWhatChanged() {
        OrganisationWords first = words.save(MODERATOR_A, lists(ORG_A, 0, List.of("бюрократище", "микрозайм*"),
                List.of("Хуйдан")));
        OrganisationWords second = words.save(MODERATOR_A, lists(ORG_A, first.version(),
                List.of(" бюрократище ", "без вложений"), List.of("Хуйдан")));

        assertTrue(second.version() > first.version());
        OrganisationWords read = words.find(AUDITOR, ORG_A);
        assertEquals(List.of("бюрократище", "без вложений"), read.banned());
        assertEquals(List.of("Хуйдан"), read.allowed());
        assertEquals("moderator-a", read.savedBy());
        assertEquals(second.version(), read.version());
        List<AuditEntryEntity> audited = audited();
        assertEquals(2, audited.size());
        assertEquals(ORG_A, audited.get(1).getOrganisationId());
        assertEquals("banned words added без вложений; removed микрозайм* (now 2); allowed words unchanged",
                audited.get(1).getSummary());
    }

    @Test
    void aSaveOverListsSomeoneElseSavedMeanwhileIsRefused() {
        OrganisationWords mine = words.find(MODERATOR_A, ORG_A);
        words.save(EDITOR_A, lists(ORG_A, mine.version(), List.of("бюрократище"), List.of()));

        assertThrows(WordsChangedException.class,
                () -> words.save(MODERATOR_A, lists(ORG_A, mine.version(), List.of("чиновничье"), List.of())));
        assertEquals(List.of("бюрократище"), words.find(MODERATOR_A, ORG_A).banned());
        assertEquals(1, audited().size());
    }

    @Test
    void thePressOfficeKeepsEveryOrganisationsListsAndTheOthersTheirOwn() {
        assertTrue(words.mayEdit(PRESS, ORG_B));
        assertTrue(words.mayEdit(EDITOR_A, ORG_A));
        assertTrue(words.mayEdit(MODERATOR_A, ORG_A));
        assertFalse(words.mayEdit(MODERATOR_A, ORG_B));
        assertFalse(words.mayEdit(AUDITOR, ORG_A));

        words.save(PRESS, lists(ORG_B, 0, List.of("бюрократище"), List.of()));
        assertThrows(AccessDeniedException.class,
                () -> words.save(MODERATOR_A, lists(ORG_B, 1, List.of(), List.of())));
        assertThrows(AccessDeniedException.class,
                () -> words.save(AUDITOR, lists(ORG_A, 0, List.of("слово"), List.of())));
        assertThrows(AccessDeniedException.class, () -> words.find(MODERATOR_A, ORG_B));
        assertEquals(List.of("бюрократище"), words.find(AUDITOR, ORG_B).banned());
        assertEquals(0, words.find(AUDITOR, ORG_A).version());
    }

    @Test
    void everyWrongEntryIsNamedWithItsListAndLine() {
        List<String> banned = List.of("бюрократище", "", "а".repeat(61), "Бюрократище", "ду.рак", "з\u0301аем",
                "ху*", "микро*займ", "---");
        List<String> allowed = List.of("Усть-Калманка", "Большая Речка", "Хуйдан", "ХУЙДАН");

        List<WordListProblem> problems = words.check(banned, allowed);

        assertEquals(List.of(
                new WordListProblem(OrganisationWordList.BANNED, 2, Kind.EMPTY, null),
                new WordListProblem(OrganisationWordList.BANNED, 3, Kind.TOO_LONG, "60"),
                new WordListProblem(OrganisationWordList.BANNED, 4, Kind.DUPLICATE, "1"),
                new WordListProblem(OrganisationWordList.BANNED, 5, Kind.ERASED_CHARACTER, "."),
                new WordListProblem(OrganisationWordList.BANNED, 6, Kind.ERASED_CHARACTER, "\u0301"),
                new WordListProblem(OrganisationWordList.BANNED, 7, Kind.BAD_STEM, null),
                new WordListProblem(OrganisationWordList.BANNED, 8, Kind.BAD_STEM, null),
                new WordListProblem(OrganisationWordList.BANNED, 9, Kind.ERASED_CHARACTER, "-"),
                new WordListProblem(OrganisationWordList.ALLOWED, 2, Kind.NOT_ONE_WORD, null),
                new WordListProblem(OrganisationWordList.ALLOWED, 4, Kind.DUPLICATE, "3")), problems);
    }

    @Test
    void listsWithMistakesAreNotSavedAtAll() {
        WordListException refused = assertThrows(WordListException.class,
                () -> words.save(MODERATOR_A, lists(ORG_A, 0, List.of("бюрократище", "ду.рак"), List.of())));

        assertEquals(1, refused.problems().size());
        assertEquals("BANNED line 2: the character '.' is removed when comments are read", refused.getMessage());
        assertEquals(0, words.find(MODERATOR_A, ORG_A).version());
        assertEquals(0, audited().size());
    }

    @Test
    void aListLongerThanTheLimitIsRefusedFromTheFirstEntryTooMany() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 302; i++) {
            many.add("слово" + (char) ('а' + i / 32) + (char) ('а' + i % 32));
        }

        List<WordListProblem> problems = words.check(List.of(), many);

        assertEquals(List.of(301, 302), problems.stream().filter(p -> p.kind() == Kind.TOO_MANY)
                .map(WordListProblem::line).toList());
    }

    @Test
    void aSampleIsJudgedWithTheUnsavedListsLeavingOutWrongEntries() {
        String sample = "Опять этот бюрократище из Хуйдана ничего не сделал";
        assertEquals(CommentCategory.OBSCENE, words.classify(MODERATOR_A, ORG_A, List.of(), List.of(), sample)
                .category());

        var verdict = words.classify(MODERATOR_A, ORG_A, List.of("бюрократище", "ду.рак"), List.of("Хуйдан*"),
                sample);

        assertEquals(CommentCategory.INSULT, verdict.category());
        assertTrue(verdict.reasons().stream().anyMatch(r -> r.contains("бюрократище")), verdict.reasons().toString());
        assertEquals(Collections.emptyList(), words.find(MODERATOR_A, ORG_A).banned(), "nothing was saved");
        assertThrows(AccessDeniedException.class,
                () -> words.classify(MODERATOR_A, ORG_B, List.of(), List.of(), sample));
    }

    private static OrganisationWords lists(long organisationId, long version, List<String> banned,
            List<String> allowed) {
        return new OrganisationWords(organisationId, version, banned, allowed, null, null);
    }

    private List<AuditEntryEntity> audited() {
        return database.read(em -> em.createQuery("SELECT e FROM AuditEntryEntity e WHERE e.action = :action "
                + "ORDER BY e.sequence", AuditEntryEntity.class).setParameter("action", "MODERATION_WORDS_SAVED")
                .getResultList());
    }
}
