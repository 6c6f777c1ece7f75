package org.socialdesk.shell.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.registry.AccountPage;
import org.socialdesk.core.registry.AccountQuery;
import org.socialdesk.core.registry.AccountService;
import org.socialdesk.core.registry.AccountSort;
import org.socialdesk.core.registry.OrganisationService;
import org.socialdesk.core.security.Caller;

/** The whole registry as RFC 4180 CSV, read page by page so that 10,000 accounts never sit in one query. */
final class RegistryCsvExport {

    static final List<String> HEADER = List.of("id", "organisation_id", "organisation", "network", "url",
            "network_id", "title", "state", "archive_reason", "official_mark", "weekly_quota_override",
            "description", "avatar", "cover", "widgets", "responsible_editors");

    private static final int PAGE = AccountQuery.MAX_LIMIT;

    private RegistryCsvExport() {
    }

    static int write(Caller caller, OrganisationService organisations, AccountService accounts, Writer out)
            throws IOException {
        Map<Long, String> names = organisations.list(caller).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        line(out, HEADER);
        int written = 0;
        AccountPage page;
        do {
            page = accounts.list(caller, new AccountQuery(null, null, null, null, false, written, PAGE,
                    AccountSort.ORGANISATION, false));
            for (Account a : page.accounts()) {
                line(out, List.of(a.id(), a.organisationId(), names.getOrDefault(a.organisationId(), ""),
                        a.network(), a.url(), a.networkId(), a.title(), a.state(), a.archiveReason(),
                        a.officialMark(), a.weeklyQuotaOverride(), a.appearance().description(),
                        a.appearance().avatar(), a.appearance().cover(), a.appearance().widgets(),
                        String.join("; ", a.responsibleEditors())));
            }
            written += page.accounts().size();
        } while (!page.accounts().isEmpty() && written < page.total());
        out.flush();
        return written;
    }

    private static void line(Writer out, List<?> values) throws IOException {
        out.write(values.stream().map(v -> v == null ? "" : v.toString()).map(RegistryCsvExport::quoted)
                .collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    /** Quotes a value that would otherwise break the row; a leading formula sign is defused for spreadsheets. */
    static String quoted(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\r\n].*") || !safe.equals(value)
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
