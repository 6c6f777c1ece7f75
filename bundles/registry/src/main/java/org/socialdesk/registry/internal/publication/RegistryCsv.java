package org.socialdesk.registry.internal.publication;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The registry as a table, one row per active account, so organisations without accounts have no row. The byte
 * order mark and the semicolon are what a Russian Excel needs to open the file correctly by a double click; the
 * quoting is RFC 4180 with that separator. Columns:
 * {@code organisationId;organisationName;organisationShortName;organisationKind;organisationWebsite;network;url;title},
 * with the same values as the JSON and an empty field for a missing one.
 */
final class RegistryCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE_END = "\r\n";
    private static final List<String> HEADER = List.of("organisationId", "organisationName", "organisationShortName",
            "organisationKind", "organisationWebsite", "network", "url", "title");

    private RegistryCsv() {
    }

    static String render(List<PublishedOrganisation> organisations) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        row(csv, HEADER.stream());
        for (PublishedOrganisation o : organisations) {
            for (PublishedAccount a : o.accounts()) {
                row(csv, Stream.of(Long.toString(o.id()), o.name(), o.shortName(), o.kind().name(), o.website(),
                        a.network(), a.url(), a.title()));
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, Stream<String> fields) {
        csv.append(fields.map(RegistryCsv::field).collect(Collectors.joining(";"))).append(LINE_END);
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
