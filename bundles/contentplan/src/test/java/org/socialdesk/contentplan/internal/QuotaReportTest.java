package org.socialdesk.contentplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.QuotaReport;
import org.socialdesk.core.security.Caller;
import org.socialdesk.spreadsheet.SheetRow;
import org.socialdesk.spreadsheet.Xlsx;

class QuotaReportTest {

    @TempDir
    static Path data;

    private final PlanFixture fixture = new PlanFixture(data);
    private final QuotaReportImpl report = new QuotaReportImpl(new QuotaServiceImpl(fixture.database,
            PlanFixture.clock("2026-11-27T00:00:00Z")), fixture.database);

    @Test
    void aMonthHasTheIsoWeeksWhoseThursdayFallsInIt() {
        // 1 January 2026 is a Thursday: its week is January's; 29 January's week ends on 1 February
        assertEquals(List.of(new IsoWeek(2026, 1), new IsoWeek(2026, 2), new IsoWeek(2026, 3), new IsoWeek(2026, 4),
                new IsoWeek(2026, 5)), QuotaReportImpl.weeks(YearMonth.of(2026, 1)));
        // 1 November 2026 is a Sunday of a week whose Thursday is in October
        assertEquals(new IsoWeek(2026, 45), QuotaReportImpl.weeks(YearMonth.of(2026, 11)).get(0));
        assertEquals(4, QuotaReportImpl.weeks(YearMonth.of(2026, 11)).size());
    }

    @Test
    void aWeekHasARowPerActiveAccountOrderedByOrganisationAndNetwork() {
        List<SheetRow> rows = Xlsx.read(report.week(Caller.SYSTEM, fixture.ministry, new IsoWeek(2026, 48),
                QuotaReport.Format.XLSX));
        assertEquals(List.of("Организация", "Аккаунт", "Сеть", "Норма", "Опубликовано", "Запланировано", "Статус"),
                rows.get(0).cells());
        assertEquals(3, rows.size(), "the archived account has no quota");
        assertEquals(List.of("Минздрав", "ok of " + fixture.ministry, "ok", "5", "0", "0", "не выполнит норму"),
                rows.get(1).cells());
        assertEquals("vk", rows.get(2).cell(2));
    }

    @Test
    void aMonthHasTheFourColumnsOfEachWeek() {
        List<SheetRow> rows = Xlsx.read(report.month(Caller.SYSTEM, null, YearMonth.of(2026, 11),
                QuotaReport.Format.XLSX));
        assertEquals(3 + 4 * 4, rows.get(0).cells().size());
        assertEquals("Норма 2026-W45", rows.get(0).cell(3));
        assertEquals("Статус 2026-W48", rows.get(0).cell(18));
        assertEquals(List.of("Минздрав", "Минздрав", "Правительство", "Правительство"),
                rows.subList(1, rows.size()).stream().map(row -> row.cell(0)).toList());
        assertEquals("10", rows.get(3).cell(3), "Government accounts need 10 a week");
    }

    @Test
    void aPdfReportEmbedsItsFontAndReadsBackInRussian() throws IOException {
        byte[] pdf = report.week(Caller.SYSTEM, null, new IsoWeek(2026, 48), QuotaReport.Format.PDF);
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("/FontFile2"), "the font is embedded");
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertTrue(text.contains("Исполнение норм публикаций"), text);
        assertTrue(text.contains("Правительство"), text);
        assertTrue(text.contains("не выполнит норму"), text);
    }
}
