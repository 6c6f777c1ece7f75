package org.socialdesk.core.contentplan;

/**
 * One account's standing against its weekly quota (д.6).
 *
 * @param required  publications the week needs (10 Government, 5 other bodies, or the account's override)
 * @param published verified publications in the week so far
 * @param planned   approved or scheduled publications still to come in the week
 */
public record AccountQuota(long accountId, long organisationId, String accountTitle, String network, IsoWeek week,
        int required, int published, int planned, QuotaStatus status) {
}
