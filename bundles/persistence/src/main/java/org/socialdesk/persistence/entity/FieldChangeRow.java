package org.socialdesk.persistence.entity;

import java.time.Instant;

/** One field's change within a numbered version of a registry record, as the change tables keep it. */
public interface FieldChangeRow {

    int getVersionNumber();

    Instant getTime();

    String getActor();

    String getField();

    String getBefore();

    String getAfter();
}
