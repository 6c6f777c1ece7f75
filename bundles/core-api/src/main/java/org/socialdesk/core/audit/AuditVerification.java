package org.socialdesk.core.audit;

/**
 * The outcome of walking the audit chain.
 *
 * @param entries        how many entries were checked
 * @param firstBadEntry  sequence number of the first altered, inserted or missing entry, or {@code 0} when intact
 * @param problem        what is wrong there, in English for the console; empty when intact
 */
public record AuditVerification(long entries, long firstBadEntry, String problem) {

    public boolean intact() {
        return firstBadEntry == 0;
    }
}
