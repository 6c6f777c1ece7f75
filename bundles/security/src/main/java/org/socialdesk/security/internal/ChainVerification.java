package org.socialdesk.security.internal;

import java.util.List;
import java.util.Optional;
import org.socialdesk.core.audit.AuditVerification;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.ChainHead;
import org.socialdesk.persistence.audit.ChainHeadFile;
import org.socialdesk.persistence.entity.AuditEntryEntity;

/**
 * One walk over the audit chain in sequence order. Within the database it finds the first entry that was altered
 * (its hash no longer matches its content), inserted (it does not link to its predecessor's hash) or deleted (a gap
 * in the sequence; the primary key rules out a sequence number occurring twice). Entries cut off the end leave no
 * trace in the database, so the walk ends by comparing with the head recorded outside it.
 */
final class ChainVerification {

    /** Entries read at a time, so that a long chain does not have to fit in memory. */
    private static final int PAGE = 500;
    /** Up to two seconds, in pauses of 100 ms, for heads of commits in flight to be recorded. */
    private static final int COMMIT_IN_FLIGHT_PAUSES = 20;

    private final Database database;
    private final ChainHeadFile headFile;

    private long verified;
    private long newest;
    private String newestHash = AuditEntryEntity.GENESIS_HASH;

    ChainVerification(Database database, ChainHeadFile headFile) {
        this.database = database;
        this.headFile = headFile;
    }

    AuditVerification run() {
        // read first: every entry the file names had committed before the walk starts
        Optional<ChainHead> recorded = headFile.read();
        List<AuditEntryEntity> page;
        do {
            long after = newest;
            page = database.read(em -> em.createQuery(
                    "SELECT e FROM AuditEntryEntity e WHERE e.sequence > :after ORDER BY e.sequence",
                    AuditEntryEntity.class).setParameter("after", after).setMaxResults(PAGE).getResultList());
            for (AuditEntryEntity entry : page) {
                Optional<AuditVerification> broken = check(entry, recorded);
                if (broken.isPresent()) {
                    return broken.get();
                }
                verified++;
                newest = entry.getSequence();
                newestHash = entry.getHash();
            }
        } while (page.size() == PAGE);
        return compareWithRecordedHead(recorded);
    }

    private Optional<AuditVerification> check(AuditEntryEntity entry, Optional<ChainHead> recorded) {
        long sequence = entry.getSequence();
        if (sequence != newest + 1) {
            return broken(newest + 1, newest == 0 ? "deleted: the chain starts at entry " + sequence
                    : "deleted: the chain jumps from entry " + newest + " to entry " + sequence);
        }
        if (!entry.getPreviousHash().equals(newestHash)) {
            return broken(sequence, newest == 0 ? "inserted: it does not start from the chain's origin"
                    : "inserted: it does not link to the hash of entry " + newest
                            + " (or entry " + newest + " was altered and its hash recomputed)");
        }
        if (!entry.computeHash().equals(entry.getHash())) {
            return broken(sequence, "altered: its content does not match its hash");
        }
        if (recorded.isPresent() && recorded.get().sequence() == sequence
                && !recorded.get().hash().equals(entry.getHash())) {
            return broken(sequence, "rewritten: its hash differs from the one recorded in " + headFile.location());
        }
        return Optional.empty();
    }

    private AuditVerification compareWithRecordedHead(Optional<ChainHead> recorded) {
        if (recorded.isEmpty()) {
            return verified == 0 ? intact() : broken(newest, "unconfirmed: no chain head is recorded in "
                    + headFile.location() + ", so entries cut off the end would go unnoticed").orElseThrow();
        }
        if (recorded.get().sequence() > newest) {
            String end = newest == 0 ? "holds no entries" : "ends at entry " + newest;
            return broken(newest + 1, "cut off: the chain in the database " + end + ", but entry "
                    + recorded.get().sequence() + " is recorded in " + headFile.location()).orElseThrow();
        }
        // appends that committed during the walk have recorded newer heads since, or are about to: a head is
        // recorded just after its commit, so give a commit in flight a moment before calling the entries inserted
        long covered = headFile.read().map(ChainHead::sequence).orElse(0L);
        for (int pause = 0; covered < newest && pause < COMMIT_IN_FLIGHT_PAUSES; pause++) {
            sleepBriefly();
            covered = headFile.read().map(ChainHead::sequence).orElse(0L);
        }
        if (covered < newest) {
            return broken(covered + 1, "inserted at the end: the newest entry recorded in " + headFile.location()
                    + " is " + covered + " (or SocialDesk stopped before recording this one)").orElseThrow();
        }
        return intact();
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private AuditVerification intact() {
        return new AuditVerification(verified, 0, "");
    }

    private Optional<AuditVerification> broken(long entry, String problem) {
        return Optional.of(new AuditVerification(verified, entry, problem));
    }
}
