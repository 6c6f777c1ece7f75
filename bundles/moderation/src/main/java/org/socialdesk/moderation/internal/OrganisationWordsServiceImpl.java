package org.socialdesk.moderation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.persistence.OptimisticLockException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.moderation.OrganisationWordList;
import org.socialdesk.core.moderation.OrganisationWords;
import org.socialdesk.core.moderation.OrganisationWordsService;
import org.socialdesk.core.moderation.SampleVerdict;
import org.socialdesk.core.moderation.WordListException;
import org.socialdesk.core.moderation.WordListProblem;
import org.socialdesk.core.moderation.WordsChangedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.moderation.classifier.RecentTexts;
import org.socialdesk.moderation.classifier.Verdict;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.OrganisationWordsEntity;

/**
 * The organisations' own word lists, kept in the database so that the people who know an organisation's place
 * names and audience can edit them in the UI. Ingest reads them through {@link OrganisationLexicons}; this
 * service reads the same configuration as ingest, so that a sample text gets the verdict a comment would.
 */
@Component(service = OrganisationWordsService.class, configurationPid = "org.socialdesk.moderation")
public class OrganisationWordsServiceImpl implements OrganisationWordsService {

    private final Database database;
    private final AuditTrail audit;
    private final OrganisationLexicons lexicons;
    private final Clock clock;

    @Activate
    public OrganisationWordsServiceImpl(@Reference Database database, @Reference AuditTrail audit,
            ModerationConfig config) {
        this(database, audit, config.allowedWords(), config.deniedWords(), Clock.systemUTC());
    }

    /** @param allowedWords and {@code deniedWords}: the configured lists, see {@link OrganisationLexicons#parse} */
    OrganisationWordsServiceImpl(Database database, AuditTrail audit, String[] allowedWords, String[] deniedWords,
            Clock clock) {
        this.database = database;
        this.audit = audit;
        // a sample is judged alone: the texts other people posted play no part in it
        this.lexicons = OrganisationLexicons.parse(allowedWords, deniedWords, new RecentTexts(1));
        this.clock = clock;
    }

    @Override
    public OrganisationWords find(Caller caller, long organisationId) {
        ModerationRights.requireRead(caller, organisationId);
        return database.read(em -> {
            OrganisationWordsEntity words = em.find(OrganisationWordsEntity.class, organisationId);
            return words == null ? new OrganisationWords(organisationId, 0, List.of(), List.of(), null, null)
                    : view(words);
        });
    }

    @Override
    public boolean mayEdit(Caller caller, long organisationId) {
        return ModerationRights.mayEditWords(caller, organisationId);
    }

    @Override
    public OrganisationWords save(Caller caller, OrganisationWords words) {
        long organisationId = words.organisationId();
        ModerationRights.requireEditWords(caller, organisationId);
        List<String> banned = stripped(words.banned());
        List<String> allowed = stripped(words.allowed());
        List<WordListProblem> problems = WordListCheck.problems(banned, allowed);
        if (!problems.isEmpty()) {
            throw new WordListException(problems);
        }
        Instant now = clock.instant();
        return database.write(em -> {
            OrganisationWordsEntity entity = em.find(OrganisationWordsEntity.class, organisationId);
            long stored = entity == null ? 0 : entity.getVersion();
            if (stored != words.version()) {
                throw changed(organisationId, words.version(), stored);
            }
            List<String> bannedBefore = entity == null ? List.of() : entity.getBanned();
            List<String> allowedBefore = entity == null ? List.of() : entity.getAllowed();
            if (entity == null) {
                entity = new OrganisationWordsEntity(organisationId);
                entity.save(banned, allowed, now, caller.username());
                em.persist(entity);
            } else {
                entity.save(banned, allowed, now, caller.username());
            }
            try {
                em.flush();
            } catch (OptimisticLockException e) {
                throw changed(organisationId, words.version(), words.version() + 1);
            }
            audit.append(em, new AuditEvent(0, now, caller.username(), organisationId, "MODERATION_WORDS_SAVED",
                    "Organisation", String.valueOf(organisationId), "banned words" + difference(bannedBefore, banned)
                            + "; allowed words" + difference(allowedBefore, allowed)));
            return view(entity);
        });
    }

    @Override
    public List<WordListProblem> check(List<String> banned, List<String> allowed) {
        return WordListCheck.problems(stripped(banned), stripped(allowed));
    }

    @Override
    public SampleVerdict classify(Caller caller, long organisationId, List<String> banned, List<String> allowed,
            String text) {
        ModerationRights.requireRead(caller, organisationId);
        Objects.requireNonNull(text, "text");
        Verdict verdict = lexicons.with(organisationId,
                WordListCheck.usable(OrganisationWordList.BANNED, stripped(banned)),
                WordListCheck.usable(OrganisationWordList.ALLOWED, stripped(allowed)), new RecentTexts(1))
                .classify(text);
        return new SampleVerdict(Categories.of(verdict.category()), verdict.confidence(), verdict.reasons());
    }

    private static OrganisationWords view(OrganisationWordsEntity words) {
        return new OrganisationWords(words.getOrganisationId(), words.getVersion(), words.getBanned(),
                words.getAllowed(), words.getSavedAt(), words.getSavedBy());
    }

    /** Surrounding spaces mean nothing in a list a person typed; line breaks would split an entry when stored. */
    private static List<String> stripped(List<String> entries) {
        return entries.stream().map(entry -> entry == null ? "" : entry.replaceAll("[\\r\\n]+", " ").strip())
                .toList();
    }

    private static WordsChangedException changed(long organisationId, long read, long stored) {
        return new WordsChangedException("The word lists of organisation " + organisationId + " were saved by "
                + "someone else since they were read (version " + read + ", now " + stored + "); reload them");
    }

    /** What was added and removed, for the audit log; unchanged for a save that changed nothing. */
    private static String difference(List<String> before, List<String> after) {
        Set<String> added = new LinkedHashSet<>(after);
        before.forEach(added::remove);
        Set<String> removed = new LinkedHashSet<>(before);
        after.forEach(removed::remove);
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("added " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + String.join(", ", removed));
        }
        return parts.isEmpty() ? " unchanged" : " " + String.join("; ", parts) + " (now " + after.size() + ")";
    }
}
