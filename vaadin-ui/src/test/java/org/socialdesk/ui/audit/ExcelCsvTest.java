package org.socialdesk.ui.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExcelCsvTest {

    @Test
    void plainFieldsStayAsTheyAre() {
        assertEquals("Минцифры", ExcelCsv.field("Минцифры"));
        assertEquals("roles: none, EDITOR [all]", ExcelCsv.field("roles: none, EDITOR [all]"));
        assertEquals("", ExcelCsv.field(null));
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuotedAsRfc4180Says() {
        assertEquals("\"a;b\"", ExcelCsv.field("a;b"));
        assertEquals("\"say \"\"hello\"\"\"", ExcelCsv.field("say \"hello\""));
        assertEquals("\"line 1\nline 2\"", ExcelCsv.field("line 1\nline 2"));
        assertEquals("\"line 1\r\nline 2\"", ExcelCsv.field("line 1\r\nline 2"));
    }

    @Test
    void textThatExcelWouldRunAsAFormulaIsDefused() {
        assertEquals("'=1+1", ExcelCsv.field("=1+1"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", ExcelCsv.field("=HYPERLINK(\"http://x\")"));
        assertEquals("'+7 999", ExcelCsv.field("+7 999"));
        assertEquals("'@SUM(A1)", ExcelCsv.field("@SUM(A1)"));
        assertEquals("'-1", ExcelCsv.field("-1"));
    }

    @Test
    void writesUtf8WithByteOrderMarkSemicolonsAndCrlf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelCsv.write(out, List.of(List.of("Время", "Описание"), List.of("01.03.2025 10:00:00", "a;b")));

        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("Время;Описание\r\n01.03.2025 10:00:00;\"a;b\"\r\n",
                new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }
}
