package org.socialdesk.moderation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.NetworkComment;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.moderation.classifier.Classifier;
import org.socialdesk.moderation.classifier.Message;
import org.socialdesk.moderation.classifier.RecentTexts;
import org.socialdesk.moderation.classifier.Verdict;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.entity.CommentEntity;
import org.socialdesk.persistence.entity.IngestCursorEntity;

/**
 * Stores one page of comments read from an account and advances the account's cursor past it, in one transaction:
 * after a crash the page is read again from the old cursor, and the comments stored already are skipped by their
 * network ids, so nothing is lost and nothing is stored twice.
 */
final class PageStore {

    /** A comment stored by {@link #store}, for what happens after the commit. */
    record Stored(long id, long organisationId, CommentEntity comment) {
    }

    /**
     * @param accepted whether the page was taken; not when another reader had advanced the cursor meanwhile
     * @param stored   the comments stored now, in the page's order
     */
    record Result(boolean accepted, List<Stored> stored) {
    }

    private final Database database;
    private final OrganisationLexicons classifiers;
    private final RecentTexts recentTexts;
    private final Clock clock;

    PageStore(Database database, OrganisationLexicons classifiers, RecentTexts recentTexts, Clock clock) {
        this.database = database;
        this.classifiers = classifiers;
        this.recentTexts = recentTexts;
        this.clock = clock;
    }

    /** The cursor after the last stored page of the account, {@code null} before the first. */
    String cursor(long accountId) {
        return database.read(em -> {
            IngestCursorEntity cursor = em.find(IngestCursorEntity.class, accountId);
            return cursor == null ? null : cursor.getCursor();
        });
    }

    /**
     * @param readFrom the cursor the page was read from; when another reader advanced the account meanwhile, the
     *                 page is dropped (its comments come again from the new cursor or were stored by the other)
     */
    Result store(ConnectedAccount account, String readFrom, CommentPage page, Runnable afterCommit) {
        return database.write(em -> {
            IngestCursorEntity cursor = lockedCursor(em, account.id());
            if (!Objects.equals(cursor.getCursor(), readFrom)) {
                return new Result(false, List.of());
            }
            Instant now = clock.instant();
            Set<CommentRef> known = known(em, account.id(), page.comments());
            List<CommentEntity> stored = new ArrayList<>();
            Classifier classifier = classifiers.classifier(em, account.organisationId());
            for (NetworkComment comment : page.comments()) {
                if (known.add(comment.ref())) {
                    CommentEntity entity = classified(account, classifier, comment, now);
                    em.persist(entity);
                    stored.add(entity);
                }
            }
            cursor.advance(page.nextCursor(), now);
            em.flush();
            if (!stored.isEmpty()) {
                database.afterCommit(em, afterCommit);
            }
            return new Result(true, stored.stream().map(c -> new Stored(c.getId(), c.getOrganisationId(), c))
                    .toList());
        });
    }

    private CommentEntity classified(ConnectedAccount account, Classifier classifier, NetworkComment comment,
            Instant now) {
        Snapshot snapshot = Snapshot.of(account.network(), account.onNetwork().networkId(), comment);
        CommentEntity entity = new CommentEntity(account.organisationId(), account.id(), account.network(),
                comment.ref().postId(), comment.ref().commentId(), comment.authorId(), comment.authorName(),
                comment.text(), comment.createdAt(), comment.url(), now, snapshot.canonical(), snapshot.sha256());
        Message message = new Message(comment.text(), comment.authorId(), null);
        Verdict verdict = classifier.classify(message);
        // remembered only after its own verdict, so that a text is compared with those before it; a page rolled
        // back after a crash is remembered twice, which can only make a real spam run look longer
        recentTexts.remember(message);
        entity.setVerdict(Categories.of(verdict.category()).name(), verdict.confidence(), verdict.reasons());
        entity.setStatus(CommentStatus.NEW.name());
        return entity;
    }

    private static IngestCursorEntity lockedCursor(EntityManager em, long accountId) {
        IngestCursorEntity cursor = em.find(IngestCursorEntity.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (cursor == null) {
            cursor = new IngestCursorEntity(accountId);
            em.persist(cursor);
        }
        return cursor;
    }

    /** The page's comments the account already holds, by their network ids. */
    private static Set<CommentRef> known(EntityManager em, long accountId, List<NetworkComment> comments) {
        Set<CommentRef> known = new HashSet<>();
        if (comments.isEmpty()) {
            return known;
        }
        List<String> ids = comments.stream().map(c -> c.ref().commentId()).distinct().toList();
        em.createQuery("SELECT c.postId, c.commentId FROM CommentEntity c WHERE c.accountId = :accountId "
                + "AND c.commentId IN :ids", Object[].class).setParameter("accountId", accountId)
                .setParameter("ids", ids).getResultStream()
                .forEach(row -> known.add(new CommentRef((String) row[0], (String) row[1])));
        return known;
    }
}
