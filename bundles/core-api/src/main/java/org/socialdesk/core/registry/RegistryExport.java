package org.socialdesk.core.registry;

import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.security.Caller;

/**
 * The registry's accounts as a file the press office opens in a spreadsheet, every field included (unlike the
 * public registry): {@code id, organisation_id, organisation, network, url, network_id, title, state,
 * archive_reason, official_mark, weekly_quota_override, description, avatar, cover, widgets, responsible_editors}.
 */
public interface RegistryExport {

    /** Accounts the caller may see that match the query's filters, in its order; its offset and limit are ignored. */
    byte[] export(Caller caller, AccountQuery filter, SpreadsheetFormat format);
}
