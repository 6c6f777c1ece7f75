package org.socialdesk.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsExcelsUtf8WithByteOrderMarkSemicolonsAndQuotedLineBreaks() {
        String file = "\uFEFForganisation;title\r\n\"Минздрав; Алтай\";\"две\r\nстроки\"\r\n;\r\n"
                + "Минспорт;\"с \"\"кавычками\"\"\"\r\n";
        assertEquals(List.of(new SheetRow(1, List.of("organisation", "title")),
                new SheetRow(2, List.of("Минздрав; Алтай", "две\r\nстроки")),
                new SheetRow(4, List.of("", "")),
                new SheetRow(5, List.of("Минспорт", "с \"кавычками\""))),
                Csv.read(file.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsCommasAndExcelsWindows1251() {
        byte[] file = "organisation,title\nМинздрав,\"Здоровье, Алтай\"".getBytes(Charset.forName("windows-1251"));
        assertEquals(List.of(new SheetRow(1, List.of("organisation", "title")),
                new SheetRow(2, List.of("Минздрав", "Здоровье, Алтай"))), Csv.read(file));
    }

    @Test
    void aWrittenFileReadsBackAndFormulasAreDefusedForSpreadsheets() {
        List<List<?>> rows = List.of(List.of("title", "quota"), List.of("=HYPERLINK(\"http://evil\")", 5),
                List.of("строка; с разделителем", -3));
        byte[] file = Csv.write(rows);
        String text = new String(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFFtitle;quota\r\n\"'=HYPERLINK(\"\"http://evil\"\")\";5\r\n\"строка; с разделителем\";-3\r\n",
                text);
        assertEquals(List.of(new SheetRow(1, List.of("title", "quota")),
                new SheetRow(2, List.of("=HYPERLINK(\"http://evil\")", "5")),
                new SheetRow(3, List.of("строка; с разделителем", "-3"))), Csv.read(file));
    }
}
