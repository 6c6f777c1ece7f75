package org.socialdesk.contentplan.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialdesk.core.contentplan.Occasion;
import org.socialdesk.core.contentplan.OccasionKind;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanRowError;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.contentplan.PlanValidationException;
import org.socialdesk.core.model.Format;
import org.socialdesk.spreadsheet.SheetRow;

/**
 * Plan items as the rows of a table (a CSV file or a workbook's sheet): exported with their state, imported as new
 * drafts. Times are local to the organisation's zone, {@code yyyy-MM-dd HH:mm}; accounts are ids separated by
 * spaces.
 */
final class PlanSheet {

    static final List<String> HEADER = List.of("planned", "format", "accounts", "occasion_kind", "occasion_title",
            "text", "id", "state");
    /** The columns an import needs; {@code id} and {@code state} of an export are ignored. */
    private static final List<String> REQUIRED = HEADER.subList(0, 6);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The columns holding the fields a plan item is checked by, so that an error names what the user typed. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("plannedAt", "planned", "targets", "accounts",
            "occasion", "occasion_title");

    /** A row of an import read as a draft, not yet checked against the registry and the networks. */
    record Row(int line, PlanItem item) {
    }

    private PlanSheet() {
    }

    /** The header and one row per item; every value is text, so that ids stay ids in a spreadsheet. */
    static List<List<String>> rows(List<PlanItem> items, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>(items.size() + 1);
        rows.add(HEADER);
        for (PlanItem item : items) {
            rows.add(List.of(item.plannedAt() == null ? "" : TIME.format(item.plannedAt().atZone(zone)),
                    item.format().name(),
                    item.targets().stream().map(PlanTarget::accountId).sorted().map(String::valueOf)
                            .collect(Collectors.joining(" ")),
                    item.occasion() == null ? "" : item.occasion().kind().name(),
                    item.occasion() == null ? "" : item.occasion().title(), item.text(),
                    item.id() == null ? "" : item.id().toString(), item.state().name()));
        }
        return rows;
    }

    /** The column of a field of {@link PlanItem}, as {@link PlanValidationException#field()} names it. */
    static String column(String field) {
        return COLUMN_OF_FIELD.getOrDefault(field, field);
    }

    /**
     * The rows of the table as new drafts of the organisation, or the errors of every row that is not one.
     *
     * @param errors receives one entry per wrong row; when it is not empty, the returned items must not be stored
     */
    static List<Row> parse(List<SheetRow> table, long organisationId, ZoneId zone, List<PlanRowError> errors) {
        List<SheetRow> rows = table.stream().filter(row -> !row.blank()).toList();
        if (rows.isEmpty() || !rows.get(0).cells().stream().map(String::strip).toList().containsAll(REQUIRED)) {
            errors.add(new PlanRowError(rows.isEmpty() ? 1 : rows.get(0).line(), null,
                    "The first line must name the columns " + REQUIRED));
            return List.of();
        }
        List<String> header = rows.get(0).cells().stream().map(String::strip).toList();
        List<Row> items = new ArrayList<>();
        for (SheetRow row : rows.subList(1, rows.size())) {
            try {
                items.add(new Row(row.line(), item(header, row, organisationId, zone)));
            } catch (RowException e) {
                errors.add(new PlanRowError(row.line(), e.column, e.getMessage()));
            }
        }
        return items;
    }

    private static PlanItem item(List<String> header, SheetRow row, long organisationId, ZoneId zone) {
        if (row.cells().size() > header.size() && !row.cell(header.size()).isBlank()) {
            throw new RowException(null, "The line has more values than the " + header.size() + " columns");
        }
        String planned = value(header, row, "planned").strip();
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(planned, TIME);
        } catch (DateTimeParseException e) {
            throw new RowException("planned", "A time is written like 2026-11-25 12:00, not " + planned);
        }
        Format format = constant(Format.class, "format", value(header, row, "format"));
        List<PlanTarget> targets = new ArrayList<>();
        for (String account : value(header, row, "accounts").strip().split("\\s+")) {
            try {
                targets.add(PlanTarget.of(Long.parseLong(account), null));
            } catch (NumberFormatException e) {
                throw new RowException("accounts", "Accounts are ids separated by spaces, not " + account);
            }
        }
        String occasionKind = value(header, row, "occasion_kind");
        Occasion occasion = occasionKind.isBlank() ? null : new Occasion(constant(OccasionKind.class,
                "occasion_kind", occasionKind), value(header, row, "occasion_title"), null, null);
        return new PlanItem(null, 0, organisationId, PlanItemKind.POST, occasion, local.atZone(zone).toInstant(),
                format, value(header, row, "text"), targets, null, null, null, null, null, null, 0);
    }

    private static String value(List<String> header, SheetRow row, String column) {
        return row.cell(header.indexOf(column));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String column, String value) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new RowException(column, column + " is one of " + Arrays.toString(type.getEnumConstants())
                    + ", not " + value);
        }
    }

    private static final class RowException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String column;

        RowException(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }
}
