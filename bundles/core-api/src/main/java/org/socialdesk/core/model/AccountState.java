package org.socialdesk.core.model;

public enum AccountState {
    ACTIVE, PLANNED, ARCHIVED
}
