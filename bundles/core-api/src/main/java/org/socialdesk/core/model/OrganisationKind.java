package org.socialdesk.core.model;

/** Kinds of organisation named by the decree; the kind sets the default weekly quota of its accounts. */
public enum OrganisationKind {
    /** Правительство: its accounts need at least 10 publications a week (д.6). */
    GOVERNMENT(10),
    /** Орган исполнительной власти: at least 5 a week (д.6). */
    EXECUTIVE_BODY(5),
    /** Орган местного самоуправления: recommended to follow the same rules (д.5 of the resolution). */
    MUNICIPALITY(5),
    /** Подведомственное учреждение. */
    SUBORDINATE_INSTITUTION(5);

    private final int weeklyQuota;

    OrganisationKind(int weeklyQuota) {
        this.weeklyQuota = weeklyQuota;
    }

    public int weeklyQuota() {
        return weeklyQuota;
    }
}
