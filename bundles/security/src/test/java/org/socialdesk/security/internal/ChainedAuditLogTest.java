package org.socialdesk.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.audit.AuditQuery;
import org.socialdesk.core.audit.AuditVerification;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;
import org.socialdesk.persistence.entity.AuditEntryEntity;
import org.socialdesk.persistence.entity.OrganisationEntity;

class ChainedAuditLogTest {

    private static final Caller ADMIN = new Caller("admin", Map.of(Role.ADMINISTRATOR, Set.of()));

    @TempDir
    Path data;

    private final Database database = InMemoryDatabase.create();
    private AuditTrail trail;
    private ChainedAuditLog log;

    private ChainedAuditLog log() {
        if (log == null) {
            trail = new AuditTrail(database, new ChainHeadFile(data.resolve("audit/chain-head")));
            log = new ChainedAuditLog(database, trail);
        }
        return log;
    }

    private void appendTen() {
        for (int i = 1; i <= 10; i++) {
            log().append(AuditEvent.of("editor" + i, (long) i % 3, "ACCOUNT_UPDATED", "Account", "a" + i,
                    "title: old " + i + " -> new " + i));
        }
    }

    @Test
    void anIntactChainVerifies() {
        assertEquals(new AuditVerification(0, 0, ""), log().verify());
        appendTen();
        AuditVerification verification = log().verify();
        assertTrue(verification.intact(), verification.problem());
        assertEquals(10, verification.entries());
    }

    @Test
    void detectsAnAlteredEntry() {
        appendTen();
        sql("UPDATE SD_AUDIT SET SUMMARY = 'title: nothing happened' WHERE SEQUENCE_NO = 4");
        assertBroken(4, "altered");
    }

    @Test
    void detectsAnEntryDeletedInTheMiddle() {
        appendTen();
        sql("DELETE FROM SD_AUDIT WHERE SEQUENCE_NO = 5");
        assertBroken(5, "deleted");
    }

    @Test
    void detectsTheNewestEntriesCutOffThroughTheRecordedHead() {
        appendTen();
        // a careful intruder also moves the head row back, so the database alone looks consistent
        sql("DELETE FROM SD_AUDIT WHERE SEQUENCE_NO > 8");
        sql("UPDATE SD_AUDIT_HEAD SET SEQUENCE_NO = 8, HASH = (SELECT HASH FROM SD_AUDIT WHERE SEQUENCE_NO = 8)");
        assertBroken(9, "cut off");
    }

    @Test
    void detectsARowInsertedInTheMiddle() {
        appendTen();
        // make room at 5 without tripping the primary key, then insert a forged entry there
        sql("UPDATE SD_AUDIT SET SEQUENCE_NO = SEQUENCE_NO + 1000 WHERE SEQUENCE_NO >= 5");
        sql("UPDATE SD_AUDIT SET SEQUENCE_NO = SEQUENCE_NO - 999 WHERE SEQUENCE_NO > 1000");
        insert(forged(5, hashOf(4)), "f".repeat(64));
        assertBroken(5, "altered");
    }

    @Test
    void detectsARowInsertedAtTheEndEvenWithACorrectlyComputedHash() {
        appendTen();
        AuditEntryEntity forged = forged(11, hashOf(10));
        insert(forged, forged.getHash());
        sql("UPDATE SD_AUDIT_HEAD SET SEQUENCE_NO = 11, HASH = '" + forged.getHash() + "'");
        assertBroken(11, "inserted");
    }

    @Test
    void detectsARowInsertedAtTheEndWithAMadeUpHash() {
        appendTen();
        insert(forged(11, hashOf(10)), "0123456789abcdef".repeat(4));
        assertBroken(11, "altered");
    }

    @Test
    void concurrentAppendsStayOneValidChain() throws Exception {
        log();
        int threads = 4;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String actor = "editor" + t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        // half as own transactions, half inside a change, as services do
                        if (i % 2 == 0) {
                            log.append(AuditEvent.of(actor, null, "TEST", "Test", Integer.toString(i), ""));
                        } else {
                            changeWithAudit(actor, i);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        AuditVerification verification = log.verify();
        assertTrue(verification.intact(), verification.problem());
        assertEquals(threads * perThread, verification.entries());
        assertEquals(threads * perThread, trail.headFile().read().orElseThrow().sequence());
        List<Long> sequences = log.find(ADMIN, AuditQuery.newest(0)).stream().map(AuditEvent::sequence).toList();
        assertEquals(LongStream.rangeClosed(1, threads * perThread).boxed().sorted((a, b) -> Long.compare(b, a))
                .toList(), sequences);
    }

    @Test
    void onlyAdministratorsAndAuditorsReadTheLog() {
        appendTen();
        assertThrows(AccessDeniedException.class,
                () -> log().find(new Caller("press", Map.of(Role.PRESS_OFFICE, Set.of())), AuditQuery.newest(5)));
        assertThrows(AccessDeniedException.class,
                () -> log().find(new Caller("editor", Map.of(Role.EDITOR, Set.of(1L))), AuditQuery.newest(5)));
        assertEquals(10, log().find(new Caller("auditor", Map.of(Role.AUDITOR, Set.of())), AuditQuery.newest(0))
                .size());
        List<AuditEvent> scoped = log().find(new Caller("auditor", Map.of(Role.AUDITOR, Set.of(1L))),
                AuditQuery.newest(0));
        assertEquals(List.of(10L, 7L, 4L, 1L), scoped.stream().map(AuditEvent::sequence).toList());
    }

    @Test
    void filtersNewestFirst() {
        appendTen();
        assertEquals(List.of(10L, 9L, 8L), log().find(ADMIN, AuditQuery.newest(3)).stream()
                .map(AuditEvent::sequence).toList());
        AuditEvent third = log().find(ADMIN, new AuditQuery("editor3", null, null, null, null, null, 0)).get(0);
        assertEquals(3, third.sequence());
        assertEquals("title: old 3 -> new 3", third.summary());
        assertEquals(List.of(8L, 5L, 2L), log().find(ADMIN, new AuditQuery(null, 2L, "Account", null, null, null, 0))
                .stream().map(AuditEvent::sequence).toList());
        assertEquals(List.of(7L), log().find(ADMIN, new AuditQuery(null, null, null, "a7", null, null, 0)).stream()
                .map(AuditEvent::sequence).toList());
        Instant thirdTime = third.time();
        assertTrue(log().find(ADMIN, new AuditQuery(null, null, null, null, null, thirdTime, 0)).stream()
                .allMatch(e -> e.time().isBefore(thirdTime)));
        assertFalse(log().find(ADMIN, new AuditQuery(null, null, null, null, thirdTime, null, 0)).isEmpty());
    }

    private void changeWithAudit(String actor, int i) {
        database.write(em -> {
            OrganisationEntity organisation = new OrganisationEntity();
            organisation.setName(actor + " body " + i);
            organisation.setKind(OrganisationKind.EXECUTIVE_BODY);
            organisation.setTimeZone("Asia/Barnaul");
            em.persist(organisation);
            em.flush();
            trail.append(em, AuditEvent.of(actor, organisation.getId(), "ORGANISATION_CREATED", "Organisation",
                    organisation.getId().toString(), "created"));
            return null;
        });
    }

    private void assertBroken(long entry, String problem) {
        AuditVerification verification = log().verify();
        assertEquals(entry, verification.firstBadEntry(), verification.problem());
        assertTrue(verification.problem().startsWith(problem), verification.problem());
    }

    private String hashOf(long sequence) {
        return database.read(em -> em.find(AuditEntryEntity.class, sequence).getHash());
    }

    /** An entry someone would like to have in the log, following the entry with {@code previousHash}. */
    private static AuditEntryEntity forged(long sequence, String previousHash) {
        return new AuditEntryEntity(sequence, Instant.now(), "admin", null, "USER_CREATED", "User", "backdoor",
                "roles: ADMINISTRATOR [all]", previousHash);
    }

    private void insert(AuditEntryEntity entry, String hash) {
        sql("INSERT INTO SD_AUDIT (SEQUENCE_NO, TIME_UTC_MILLIS, ACTOR, ORGANISATIONID, ACTION_NAME, OBJECTTYPE, "
                + "OBJECTID, SUMMARY, PREVIOUSHASH, HASH) VALUES (" + entry.getSequence() + ", "
                + entry.getTime().toEpochMilli() + ", '" + entry.getActor() + "', NULL, '" + entry.getAction()
                + "', '" + entry.getObjectType() + "', '" + entry.getObjectId() + "', '" + entry.getSummary() + "', '"
                + entry.getPreviousHash() + "', '" + hash + "')");
    }

    /** Changes the database behind SocialDesk's back, over JDBC on the same Derby database. */
    private void sql(String statement) {
        database.write(em -> {
            Connection connection = em.unwrap(Connection.class);
            try (PreparedStatement update = connection.prepareStatement(statement)) {
                update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(statement, e);
            }
            return null;
        });
    }
}
