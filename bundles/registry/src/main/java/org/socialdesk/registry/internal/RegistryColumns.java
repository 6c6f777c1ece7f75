package org.socialdesk.registry.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.socialdesk.core.model.Account;

/**
 * The columns of the registry's files, shared by export and import so that an exported file is a valid import
 * template. Names are the console export's, lower case with underscores, so that they survive every spreadsheet.
 */
final class RegistryColumns {

    static final String ID = "id";
    static final String ORGANISATION_ID = "organisation_id";
    static final String ORGANISATION = "organisation";
    static final String NETWORK = "network";
    static final String URL = "url";
    static final String NETWORK_ID = "network_id";
    static final String TITLE = "title";
    static final String STATE = "state";
    static final String ARCHIVE_REASON = "archive_reason";
    static final String OFFICIAL_MARK = "official_mark";
    static final String WEEKLY_QUOTA_OVERRIDE = "weekly_quota_override";
    static final String DESCRIPTION = "description";
    static final String AVATAR = "avatar";
    static final String COVER = "cover";
    static final String WIDGETS = "widgets";
    static final String RESPONSIBLE_EDITORS = "responsible_editors";

    static final List<String> HEADER = List.of(ID, ORGANISATION_ID, ORGANISATION, NETWORK, URL, NETWORK_ID, TITLE,
            STATE, ARCHIVE_REASON, OFFICIAL_MARK, WEEKLY_QUOTA_OVERRIDE, DESCRIPTION, AVATAR, COVER, WIDGETS,
            RESPONSIBLE_EDITORS);

    /** The column that holds each field the account rules name in a {@code RegistryValidationException}. */
    private static final Map<String, String> BY_FIELD = Map.of("organisationId", ORGANISATION_ID,
            "networkId", NETWORK_ID, "archiveReason", ARCHIVE_REASON, "officialMark", OFFICIAL_MARK,
            "weeklyQuotaOverride", WEEKLY_QUOTA_OVERRIDE, "responsibleEditors", RESPONSIBLE_EDITORS);

    /** Editors are separated the way people type lists in a cell. */
    static final String EDITOR_SEPARATOR = "; ";

    private RegistryColumns() {
    }

    static String ofField(String field) {
        return BY_FIELD.getOrDefault(field, field);
    }

    /** The account's row; numbers stay numbers so that a workbook can sum and sort them. */
    static List<Object> row(Account a, String organisationName) {
        return new ArrayList<>(Arrays.asList(a.id(), a.organisationId(), organisationName, a.network(), a.url(),
                a.networkId(), a.title(), a.state().name(), a.archiveReason(), a.officialMark().name(),
                a.weeklyQuotaOverride(), a.appearance().description(), a.appearance().avatar(),
                a.appearance().cover(), a.appearance().widgets(),
                a.responsibleEditors().isEmpty() ? null : String.join(EDITOR_SEPARATOR, a.responsibleEditors())));
    }
}
