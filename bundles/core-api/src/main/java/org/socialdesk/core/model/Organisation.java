package org.socialdesk.core.model;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A government body or institution that owns official accounts.
 *
 * @param id         stable identifier, {@code null} before the organisation is stored
 * @param parentId   the organisation this one reports to, or {@code null}
 * @param timeZone   zone in which its plan and its weekly quotas are counted
 * @param demo       {@code true} for demo data, so that nobody mistakes it for a real body
 */
public record Organisation(Long id, String name, String shortName, OrganisationKind kind, Long parentId,
        String website, String region, ZoneId timeZone, boolean demo) {

    public static final ZoneId ALTAI = ZoneId.of("Asia/Barnaul");

    public Organisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        timeZone = timeZone == null ? ALTAI : timeZone;
    }
}
