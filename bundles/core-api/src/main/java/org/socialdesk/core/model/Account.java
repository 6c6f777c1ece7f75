package org.socialdesk.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One official page, group or channel on one network, as the registry of д.3 keeps it.
 *
 * @param network            connector id ({@code vk}, {@code ok}, {@code telegram}) or a free-text network name
 * @param networkId          the network's own id or screen name of the page
 * @param archiveReason      why the account was archived; {@code null} unless {@link AccountState#ARCHIVED}
 * @param weeklyQuotaOverride publications a week this account needs instead of its organisation kind's default,
 *                           or {@code null} for the default
 * @param responsibleEditors user names of the editors who answer for the account
 */
public record Account(Long id, long organisationId, String network, String url, String networkId, String title,
        AccountState state, boolean demo, String archiveReason, OfficialMark officialMark,
        Integer weeklyQuotaOverride, Appearance appearance, List<String> responsibleEditors) {

    public Account {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(url, "url");
        state = state == null ? AccountState.ACTIVE : state;
        officialMark = officialMark == null ? OfficialMark.UNKNOWN : officialMark;
        appearance = appearance == null ? Appearance.NONE : appearance;
        responsibleEditors = responsibleEditors == null ? List.of() : List.copyOf(responsibleEditors);
    }

    /** An account known only by its address, as the first registry and the demo data record it. */
    public Account(Long id, long organisationId, String network, String url, String networkId, String title,
            AccountState state, boolean demo) {
        this(id, organisationId, network, url, networkId, title, state, demo, null, null, null, null, null);
    }

    /** Publications a week the account needs (д.6): its override, or the default of its organisation's kind. */
    public int weeklyQuota(OrganisationKind kind) {
        return weeklyQuotaOverride != null ? weeklyQuotaOverride : kind.weeklyQuota();
    }
}
