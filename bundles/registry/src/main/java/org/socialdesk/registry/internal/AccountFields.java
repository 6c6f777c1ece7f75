package org.socialdesk.registry.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.socialdesk.core.model.FieldChange;
import org.socialdesk.persistence.entity.AccountEntity;

/** An account's fields as a person reads them, so that a version can say what changed from what to what. */
final class AccountFields {

    private AccountFields() {
    }

    /** Every versioned field by name, {@code null} when empty; a new account is all {@code null}s. */
    static Map<String, String> of(AccountEntity e) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("organisation", text(e.getOrganisationId() == 0 ? null : e.getOrganisationId()));
        fields.put("network", e.getNetwork());
        fields.put("url", e.getUrl());
        fields.put("networkId", e.getNetworkId());
        fields.put("title", e.getTitle());
        fields.put("state", text(e.getState()));
        fields.put("archiveReason", e.getArchiveReason());
        fields.put("officialMark", text(e.getOfficialMark()));
        fields.put("weeklyQuotaOverride", text(e.getWeeklyQuotaOverride()));
        fields.put("descriptionPresent", text(e.getDescriptionPresent()));
        fields.put("avatarPresent", text(e.getAvatarPresent()));
        fields.put("coverPresent", text(e.getCoverPresent()));
        fields.put("widgetsPresent", text(e.getWidgetsPresent()));
        fields.put("responsibleEditors", list(e.getResponsibleEditors()));
        fields.put("twoFactorConfirmed", text(e.getTwoFactorConfirmed()));
        fields.put("administrators", list(e.getAdministrators()));
        fields.put("administratorsReviewedOn", text(e.getAdministratorsReviewedOn()));
        fields.put("tokenExpiresOn", text(e.getTokenExpiresOn()));
        fields.put("lastCheckedOn", text(e.getLastCheckedOn()));
        return fields;
    }

    /** The fields whose value differs, in the order {@link #of} lists them. */
    static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changes.add(new FieldChange(field, before.get(field), value));
            }
        });
        return changes;
    }

    /** A changed value cut to a change table's column, marked with an ellipsis where it was cut. */
    static String fitted(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    /** A summary for the audit log, which keeps text and cuts what does not fit. */
    static String summary(List<FieldChange> changes) {
        StringBuilder summary = new StringBuilder();
        for (FieldChange change : changes) {
            summary.append(summary.isEmpty() ? "" : "; ").append(change.field()).append(": ")
                    .append(quoted(change.before())).append(" -> ").append(quoted(change.after()));
        }
        return summary.toString();
    }

    private static String quoted(String value) {
        return value == null ? "(empty)" : "\"" + value + "\"";
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String list(String lines) {
        return lines == null ? null : String.join(", ", PeopleList.split(lines));
    }
}
