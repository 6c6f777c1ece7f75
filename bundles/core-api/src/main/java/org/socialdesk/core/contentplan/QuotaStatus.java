package org.socialdesk.core.contentplan;

/** Traffic light of an account's weekly quota. */
public enum QuotaStatus {
    /** Published and verified already meet the quota. */
    MET,
    /** Not yet met, but published plus planned for the rest of the week would meet it. */
    ON_TRACK,
    /** Even with everything planned the account will miss its quota this week. */
    AT_RISK
}
