package org.socialdesk.registry.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.Appearance;
import org.socialdesk.core.model.OfficialMark;
import org.socialdesk.core.registry.ImportProblem;
import org.socialdesk.spreadsheet.SheetRow;

/**
 * Reads a file's rows as accounts by the names in its header row, so that columns may come in any order and
 * unknown ones are ignored. A value that cannot be read is a problem of its row and column; the registry's own
 * rules are checked afterwards, by {@link AccountRules}.
 */
final class ImportRows {

    /** One data row read as an account, or the problems that kept it from being read. */
    record Parsed(int line, Account account, List<ImportProblem> problems) {
    }

    private static final Map<String, Boolean> YES_NO = Map.of("true", true, "false", false, "да", true,
            "нет", false, "1", true, "0", false, "yes", true, "no", false, "+", true, "-", false);

    private final Map<String, Integer> columns = new HashMap<>();
    private final int headerLine;
    private final List<SheetRow> data;
    private final OrganisationNames organisations;

    /** The file's first non-blank row is its header; blank rows are left out. */
    ImportRows(List<SheetRow> rows, OrganisationNames organisations) {
        this.organisations = organisations;
        List<SheetRow> filled = rows.stream().filter(row -> !row.blank()).toList();
        headerLine = filled.isEmpty() ? 1 : filled.get(0).line();
        if (!filled.isEmpty()) {
            List<String> header = filled.get(0).cells();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
        }
        data = filled.isEmpty() ? List.of() : filled.subList(1, filled.size());
    }

    /** What is wrong with the header as a whole: a missing column makes every row unreadable. */
    List<ImportProblem> headerProblems() {
        List<ImportProblem> problems = new ArrayList<>();
        for (String required : List.of(RegistryColumns.NETWORK, RegistryColumns.URL, RegistryColumns.TITLE)) {
            if (!columns.containsKey(required)) {
                problems.add(new ImportProblem(headerLine, required, "The file has no column " + required));
            }
        }
        if (!columns.containsKey(RegistryColumns.ORGANISATION_ID)
                && !columns.containsKey(RegistryColumns.ORGANISATION)) {
            problems.add(new ImportProblem(headerLine, RegistryColumns.ORGANISATION, "The file has no column "
                    + RegistryColumns.ORGANISATION + " or " + RegistryColumns.ORGANISATION_ID));
        }
        return problems;
    }

    List<Parsed> rows() {
        return data.stream().map(this::parse).toList();
    }

    private Parsed parse(SheetRow row) {
        List<ImportProblem> problems = new ArrayList<>();
        Long organisation = organisation(row, problems);
        AccountState state = choice(row, RegistryColumns.STATE, AccountState.class, AccountState.ACTIVE, problems);
        OfficialMark mark = choice(row, RegistryColumns.OFFICIAL_MARK, OfficialMark.class, null, problems);
        Integer quota = null;
        String quotaText = cell(row, RegistryColumns.WEEKLY_QUOTA_OVERRIDE);
        if (!quotaText.isEmpty()) {
            try {
                quota = Integer.valueOf(quotaText);
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(row.line(), RegistryColumns.WEEKLY_QUOTA_OVERRIDE,
                        "Weekly quota must be a whole number: " + quotaText));
            }
        }
        Appearance appearance = new Appearance(yes(row, RegistryColumns.DESCRIPTION, problems),
                yes(row, RegistryColumns.AVATAR, problems), yes(row, RegistryColumns.COVER, problems),
                yes(row, RegistryColumns.WIDGETS, problems));
        if (!problems.isEmpty()) {
            return new Parsed(row.line(), null, problems);
        }
        List<String> editors = List.of(cell(row, RegistryColumns.RESPONSIBLE_EDITORS).split("[;,]"));
        return new Parsed(row.line(), new Account(null, organisation, cell(row, RegistryColumns.NETWORK),
                cell(row, RegistryColumns.URL), cell(row, RegistryColumns.NETWORK_ID), cell(row, RegistryColumns.TITLE),
                state, false, cell(row, RegistryColumns.ARCHIVE_REASON), mark, quota, appearance, editors), problems);
    }

    /** By id when the row has one, else by the organisation's name or short name. */
    private Long organisation(SheetRow row, List<ImportProblem> problems) {
        String id = cell(row, RegistryColumns.ORGANISATION_ID);
        if (!id.isEmpty()) {
            try {
                return Long.valueOf(id);
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(row.line(), RegistryColumns.ORGANISATION_ID,
                        "Organisation id must be a whole number: " + id));
                return null;
            }
        }
        String name = cell(row, RegistryColumns.ORGANISATION);
        if (name.isEmpty()) {
            problems.add(new ImportProblem(row.line(), RegistryColumns.ORGANISATION, "Organisation is required"));
            return null;
        }
        Optional<String> problem = organisations.problem(name);
        if (problem.isPresent()) {
            problems.add(new ImportProblem(row.line(), RegistryColumns.ORGANISATION, problem.get()));
            return null;
        }
        return organisations.id(name);
    }

    private <E extends Enum<E>> E choice(SheetRow row, String column, Class<E> type, E empty,
            List<ImportProblem> problems) {
        String text = cell(row, column);
        if (text.isEmpty()) {
            return empty;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        problems.add(new ImportProblem(row.line(), column, "\"" + text + "\" is not one of "
                + List.of(type.getEnumConstants())));
        return empty;
    }

    private boolean yes(SheetRow row, String column, List<ImportProblem> problems) {
        String text = cell(row, column);
        if (text.isEmpty()) {
            return false;
        }
        Boolean value = YES_NO.get(text.toLowerCase(Locale.ROOT));
        if (value == null) {
            problems.add(new ImportProblem(row.line(), column, "\"" + text + "\" is not one of true, false"));
            return false;
        }
        return value;
    }

    private String cell(SheetRow row, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index).strip();
    }
}
