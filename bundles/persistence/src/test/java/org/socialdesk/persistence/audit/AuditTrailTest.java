package org.socialdesk.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.entity.AuditEntryEntity;

class AuditTrailTest {

    @TempDir
    Path data;

    private final Database database = InMemoryDatabase.create();

    @Test
    void linksEachEntryToThePreviousOneAndRecordsTheHeadAfterCommit() {
        AuditTrail trail = new AuditTrail(database, new ChainHeadFile(data.resolve("audit/chain-head")));
        append(trail, "first");
        append(trail, "second");

        List<AuditEntryEntity> entries = database.read(em -> em.createQuery(
                "SELECT e FROM AuditEntryEntity e ORDER BY e.sequence", AuditEntryEntity.class).getResultList());
        assertEquals(List.of(1L, 2L), entries.stream().map(AuditEntryEntity::getSequence).toList());
        assertEquals(AuditEntryEntity.GENESIS_HASH, entries.get(0).getPreviousHash());
        assertEquals(entries.get(0).getHash(), entries.get(1).getPreviousHash());
        entries.forEach(e -> assertEquals(e.computeHash(), e.getHash()));
        assertEquals(Optional.of(new ChainHead(2, entries.get(1).getHash())), trail.headFile().read());
    }

    @Test
    void aRolledBackChangeTakesItsEntryAlongAndRecordsNoHead() {
        AuditTrail trail = new AuditTrail(database, new ChainHeadFile(data.resolve("chain-head")));
        assertThrows(IllegalStateException.class, () -> database.write(em -> {
            trail.append(em, AuditEvent.of("editor", 3L, "ACCOUNT_CREATED", "Account", "5", "created"));
            throw new IllegalStateException("the change fails");
        }));
        long entries = database.read(em -> em.createQuery("SELECT COUNT(e) FROM AuditEntryEntity e", Long.class)
                .getSingleResult());
        assertEquals(0, entries);
        assertTrue(trail.headFile().read().isEmpty());
        append(trail, "next");
        assertEquals(1L, trail.headFile().read().orElseThrow().sequence());
    }

    @Test
    void cutsOverLongFieldsInsteadOfFailingTheChange() {
        AuditTrail trail = new AuditTrail(database, new ChainHeadFile(data.resolve("chain-head")));
        String tried = "x".repeat(10_000);
        database.write(em -> {
            trail.append(em, AuditEvent.of(tried, null, "LOGIN_FAILED", "User", tried, tried));
            return null;
        });
        AuditEntryEntity entry = database.read(em -> em.find(AuditEntryEntity.class, 1L));
        assertEquals(AuditEntryEntity.ACTOR_LENGTH, entry.getActor().length());
        assertEquals(AuditEntryEntity.SUMMARY_LENGTH, entry.getSummary().length());
        assertEquals(entry.computeHash(), entry.getHash());
    }

    @Test
    void canonicalFormSeparatesFields() {
        Instant now = Instant.parse("2026-03-27T03:00:00Z");
        String shifted = new AuditEntryEntity(1, now, "ab", null, "c", null, null, "", AuditEntryEntity.GENESIS_HASH)
                .getHash();
        String original = new AuditEntryEntity(1, now, "a", null, "bc", null, null, "", AuditEntryEntity.GENESIS_HASH)
                .getHash();
        String emptyInsteadOfMissing = new AuditEntryEntity(1, now, "a", null, "bc", "", null, "",
                AuditEntryEntity.GENESIS_HASH).getHash();
        assertNotEquals(original, shifted);
        assertNotEquals(original, emptyInsteadOfMissing);
    }

    private void append(AuditTrail trail, String summary) {
        database.write(em -> {
            trail.append(em, AuditEvent.of("admin", null, "TEST", "Test", null, summary));
            return null;
        });
    }
}
