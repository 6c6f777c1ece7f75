package org.socialdesk.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class XlsxTest {

    @Test
    void aWrittenWorkbookReadsBackWithCyrillicMarkupAndNumbers() {
        List<List<?>> rows = List.of(List.of("organisation", "title", "quota"),
                List.of("Министерство здравоохранения", "Минздрав <Алтай> & «Ко»\nвторая строка", 7),
                Arrays.asList(null, "только вторая колонка", null));
        List<SheetRow> read = Xlsx.read(Xlsx.write("Реестр: аккаунты", rows));
        assertEquals(List.of(
                new SheetRow(1, List.of("organisation", "title", "quota")),
                new SheetRow(2, List.of("Министерство здравоохранения", "Минздрав <Алтай> & «Ко»\nвторая строка",
                        "7")),
                new SheetRow(3, List.of("", "только вторая колонка"))), read);
    }

    @Test
    void readsSharedStringsRichTextGapsAndNumbersAsExcelSavesThem() throws IOException {
        byte[] workbook = zip(Map.of(
                "xl/workbook.xml", """
                        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                        <sheets><sheet name="Лист1" sheetId="1" r:id="rId7"/></sheets></workbook>""",
                "xl/_rels/workbook.xml.rels", """
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                        <Relationship Id="rId7" Type="worksheet" Target="worksheets/data.xml"/></Relationships>""",
                "xl/sharedStrings.xml", """
                        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2">\
                        <si><t>Правительство</t></si>\
                        <si><r><rPr><b/></rPr><t>Мин</t></r><r><t xml:space="preserve">здрав </t></r>\
                        <rPh><t>ignored</t></rPh></si></sst>""",
                "xl/worksheets/data.xml", """
                        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
                        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>\
                        <row r="4"><c r="A4"><v>5.0</v></c><c r="B4" t="b"><v>1</v></c>\
                        <c r="C4" t="str"><f>A4*2</f><v>10</v></c><c r="D4" s="3"/></row>\
                        </sheetData></worksheet>"""));
        assertEquals(List.of(new SheetRow(1, List.of("Правительство", "", "Минздрав ")),
                new SheetRow(4, List.of("5", "TRUE", "10", ""))), Xlsx.read(workbook));
    }

    @Test
    void somethingElseIsNotAWorkbook() {
        assertThrows(IllegalArgumentException.class,
                () -> Xlsx.read("id;url\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        byte[] workbook = zip(Map.of(
                "xl/workbook.xml", """
                        <!DOCTYPE workbook [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\
                        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&secret;\
                        </workbook>""",
                "xl/_rels/workbook.xml.rels", "<Relationships/>"));
        assertThrows(IllegalArgumentException.class, () -> Xlsx.read(workbook));
    }

    @Test
    void aCompressedBombIsRefusedBeforeItFillsTheMemory() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 65; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Xlsx.read(bytes.toByteArray()));
        assertEquals("The workbook unpacks to more than 64 MB", refused.getMessage());
    }

    @Test
    void columnLettersGoOnAfterZ() {
        assertEquals(List.of("A", "Z", "AA", "AZ", "BA"),
                List.of(0, 25, 26, 51, 52).stream().map(Xlsx::column).toList());
        assertEquals(List.of(0, 25, 26, 51, 52),
                List.of("A1", "Z9", "AA10", "AZ2", "BA3").stream().map(Xlsx::columnOf).toList());
    }

    private static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
