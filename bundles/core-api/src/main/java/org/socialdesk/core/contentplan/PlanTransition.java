package org.socialdesk.core.contentplan;

import java.time.Instant;

/** One step of a plan item's life, as its history shows it; {@code remark} may be {@code null}. */
public record PlanTransition(Instant time, String actor, PlanItemState from, PlanItemState to, String remark) {
}
