package org.socialdesk.core.model;

/** A security check of an active account that is due or missing. */
public enum OverdueReason {
    TWO_FACTOR_UNCONFIRMED("two-factor authentication not confirmed"),
    ADMINISTRATORS_NOT_REVIEWED("admin list not reviewed for " + SecurityDeadlines.REVIEW_DAYS + " days"),
    NOT_CHECKED("no check for " + SecurityDeadlines.CHECK_DAYS + " days"),
    TOKEN_EXPIRING("token expires within " + SecurityDeadlines.TOKEN_WARNING_DAYS + " days");

    private final String description;

    OverdueReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
