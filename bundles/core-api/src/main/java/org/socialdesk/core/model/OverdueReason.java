package org.socialdesk.core.model;

/** A security check of an active account that is due or missing. */
public enum OverdueReason {
    TWO_FACTOR_UNCONFIRMED("two-factor authentication not confirmed"),
    ADMINISTRATORS_NOT_REVIEWED("admin list not reviewed for 90 days"),
    NOT_CHECKED("no check for 90 days"),
    TOKEN_EXPIRING("token expires within 14 days");

    private final String description;

    OverdueReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
