package org.socialdesk.core.model;

import java.time.Instant;
import java.util.List;

/**
 * One change of an account: who made it, when, and which fields it changed.
 *
 * @param number the account's versions count from 1, the creation
 */
public record AccountVersion(long accountId, int number, Instant time, String actor, List<FieldChange> changes) {

    public AccountVersion {
        changes = List.copyOf(changes);
    }
}
