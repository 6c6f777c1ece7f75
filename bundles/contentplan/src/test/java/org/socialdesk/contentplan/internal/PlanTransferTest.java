package org.socialdesk.contentplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.contentplan.PlanImportResult;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanQuery;
import org.socialdesk.core.contentplan.PlanRowError;
import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.spreadsheet.SheetRow;
import org.socialdesk.spreadsheet.Xlsx;

class PlanTransferTest {

    private static final Instant WEEK_START = Instant.parse("2026-11-22T17:00:00Z");
    private static final Instant WEEK_END = Instant.parse("2026-11-29T17:00:00Z");

    @TempDir
    static Path data;

    private final PlanFixture fixture = new PlanFixture(data);
    private final ContentPlanServiceImpl plan = fixture.plan(false, PlanFixture.clock("2026-11-23T03:00:00Z"));
    private final PlanTransferImpl transfer = new PlanTransferImpl(fixture.database, fixture.audit,
            PlanFixture.connectors(), "socialdesk.example", PlanFixture.clock("2026-11-23T03:00:00Z"));
    private final Caller editor = PlanFixture.editor(fixture.ministry);

    private static byte[] csv(String... lines) {
        return ("planned,format,accounts,occasion_kind,occasion_title,text\r\n" + String.join("\r\n", lines))
                .getBytes(StandardCharsets.UTF_8);
    }

    private List<PlanItem> all() {
        return plan.list(Caller.SYSTEM, PlanQuery.between(fixture.ministry, null, null));
    }

    @Test
    void aFileWithOneWrongLineStoresNothingAndNamesEveryWrongLine() {
        byte[] file = csv(
                "2026-11-25 12:00,TEXT," + fixture.ministryVk + ",BODY,Приём,\"Приём граждан, в пятницу\"",
                "2026-11-26 12:00,TEXT," + fixture.governmentVk + ",,,Чужой аккаунт",
                "завтра,TEXT," + fixture.ministryVk + ",,,Когда?",
                "2026-11-27 12:00,TEXT," + fixture.ministryVk + ",,," + "я".repeat(200));
        PlanImportResult result = transfer.importFile(editor, fixture.ministry, file, SpreadsheetFormat.CSV);
        assertEquals(4, result.rows());
        assertEquals(List.of(), result.created());
        assertEquals(List.of(3, 4, 5), result.errors().stream().map(PlanRowError::line).toList());
        assertEquals(List.of("accounts", "planned", "text"), result.errors().stream().map(PlanRowError::column)
                .toList());
        assertTrue(all().isEmpty(), "nothing half-imported");
    }

    @Test
    void aCheckFindsWhatTheImportWouldButStoresNothing() {
        byte[] file = csv("2026-11-25 12:00,TEXT," + fixture.ministryVk + ",,,Пост");
        PlanImportResult check = transfer.check(editor, fixture.ministry, file, SpreadsheetFormat.CSV);
        assertTrue(check.clean());
        assertEquals(1, check.rows());
        assertTrue(all().isEmpty());
        assertEquals(1, transfer.importFile(editor, fixture.ministry, file, SpreadsheetFormat.CSV).created().size());
        assertEquals(1, all().size());
    }

    @Test
    void anExportedCsvImportsAgainAsDrafts() {
        plan.create(editor, PlanFixture.post(fixture.ministry, Instant.parse("2026-11-25T05:00:00Z"),
                "Строка с \"кавычками\"; точкой с запятой\nи переносом", fixture.ministryVk, fixture.ministryOk));
        byte[] exported = transfer.export(editor, fixture.ministry, WEEK_START, WEEK_END, SpreadsheetFormat.CSV);
        String text = new String(exported, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFplanned;format;accounts;"), text);
        assertTrue(text.contains("2026-11-25 12:00;TEXT;" + Math.min(fixture.ministryVk, fixture.ministryOk) + " "
                + Math.max(fixture.ministryVk, fixture.ministryOk)), text);

        PlanImportResult result = transfer.importFile(editor, fixture.ministry, exported, SpreadsheetFormat.CSV);
        assertEquals(List.of(), result.errors());
        PlanItem copy = result.created().get(0);
        assertEquals(PlanItemState.DRAFT, copy.state());
        assertEquals("Строка с \"кавычками\"; точкой с запятой\nи переносом", copy.text());
        assertEquals(Instant.parse("2026-11-25T05:00:00Z"), copy.plannedAt());
        assertEquals(2, copy.targets().size());
        assertEquals(2, all().size());
    }

    @Test
    void anExportedWorkbookHoldsThePeriodOnlyAndImportsAgain() {
        plan.create(editor, PlanFixture.post(fixture.ministry, Instant.parse("2026-11-25T05:00:00Z"), "В неделе",
                fixture.ministryVk));
        plan.create(editor, PlanFixture.post(fixture.ministry, WEEK_END, "Следующая неделя", fixture.ministryVk));
        byte[] exported = transfer.export(editor, fixture.ministry, WEEK_START, WEEK_END, SpreadsheetFormat.XLSX);
        List<SheetRow> rows = Xlsx.read(exported);
        assertEquals(PlanSheet.HEADER, rows.get(0).cells());
        assertEquals(2, rows.size());
        assertEquals("В неделе", rows.get(1).cell(5));
        assertEquals(String.valueOf(fixture.ministryVk), rows.get(1).cell(2));

        PlanImportResult result = transfer.importFile(editor, fixture.ministry, exported, SpreadsheetFormat.XLSX);
        assertEquals(List.of(), result.errors());
        assertEquals(3, all().size());
    }

    @Test
    void aWrongWorkbookRowIsNamedByItsRowNumber() {
        byte[] workbook = Xlsx.write("План", List.of(List.of("planned", "format", "accounts", "occasion_kind",
                "occasion_title", "text"), List.of("2026-11-25 12:00", "TEXT", fixture.ministryVk, "", "", "Пост"),
                List.of("2026-11-25 13:00", "ВИДЕО", fixture.ministryVk, "", "", "Пост")));
        PlanImportResult result = transfer.check(editor, fixture.ministry, workbook, SpreadsheetFormat.XLSX);
        assertEquals(List.of(3), result.errors().stream().map(PlanRowError::line).toList());
        assertEquals("format", result.errors().get(0).column());
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedOnItsFirstLine() {
        PlanImportResult result = transfer.check(editor, fixture.ministry,
                "дата;текст\r\n2026-11-25 12:00;Пост".getBytes(StandardCharsets.UTF_8), SpreadsheetFormat.CSV);
        assertEquals(List.of(1), result.errors().stream().map(PlanRowError::line).toList());
    }

    @Test
    void bytesThatAreNoWorkbookAreNoRowsFault() {
        assertThrows(IllegalArgumentException.class, () -> transfer.check(editor, fixture.ministry,
                "not a zip".getBytes(StandardCharsets.UTF_8), SpreadsheetFormat.XLSX));
    }

    @Test
    void exportNeedsReadingAndImportWritingTheOrganisationsPlan() {
        Caller otherEditor = PlanFixture.editor(fixture.government);
        assertThrows(AccessDeniedException.class, () -> transfer.export(otherEditor, fixture.ministry, WEEK_START,
                WEEK_END, SpreadsheetFormat.CSV));
        assertThrows(AccessDeniedException.class, () -> transfer.calendar(otherEditor, fixture.ministry,
                WEEK_START, WEEK_END));
        byte[] file = csv("2026-11-25 12:00,TEXT," + fixture.ministryVk + ",,,Пост");
        assertThrows(AccessDeniedException.class, () -> transfer.importFile(PlanFixture.auditor(),
                fixture.ministry, file, SpreadsheetFormat.CSV));
        assertEquals(1, Xlsx.read(transfer.export(PlanFixture.auditor(), fixture.ministry, WEEK_START, WEEK_END,
                SpreadsheetFormat.XLSX)).size());
    }

    @Test
    void theCalendarIsNamedAfterTheOrganisationAndHoldsThePeriodsItems() {
        PlanItem item = plan.create(editor, PlanFixture.post(fixture.ministry, Instant.parse("2026-11-25T05:00:00Z"),
                "Приём граждан", fixture.ministryVk));
        plan.create(editor, PlanFixture.post(fixture.ministry, WEEK_END, "Следующая неделя", fixture.ministryVk));
        String calendar = transfer.calendar(editor, fixture.ministry, WEEK_START, WEEK_END);
        assertTrue(calendar.contains("X-WR-CALNAME:Минздрав\r\n"), calendar);
        assertTrue(calendar.contains("UID:plan-item-" + item.id() + "@socialdesk.example\r\n"), calendar);
        assertEquals(1, calendar.split("BEGIN:VEVENT", -1).length - 1);
    }
}
