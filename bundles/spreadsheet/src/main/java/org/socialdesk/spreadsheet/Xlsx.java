package org.socialdesk.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Excel workbooks (Office Open XML, SpreadsheetML) of one table: the first sheet is read, one sheet is written.
 * Only what tables need is supported: text (shared or inline strings), numbers and booleans; formulas are read
 * as their cached values; styles, dates and merged cells are not interpreted.
 */
public final class Xlsx {

    /** A registry unpacks to a few megabytes; much more is a compressed bomb rather than a table. */
    private static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private Xlsx() {
    }

    /**
     * The rows of the workbook's first sheet. Rows missing from the sheet (never typed in) are not returned;
     * cells missing from a row are {@code ""}.
     *
     * @throws IllegalArgumentException when the bytes are not a workbook
     */
    public static List<SheetRow> read(byte[] file) {
        Map<String, byte[]> parts = unzip(file);
        byte[] sheet = parts.get(firstSheet(parts));
        if (sheet == null) {
            throw new IllegalArgumentException("The file is not an Excel workbook (.xlsx)");
        }
        List<String> shared = parts.containsKey("xl/sharedStrings.xml") ? sharedStrings(parts.get(
                "xl/sharedStrings.xml")) : List.of();
        try {
            return rows(sheet, shared);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("The workbook's sheet is damaged: " + e.getMessage(), e);
        }
    }

    /**
     * One sheet with the rows: a {@link Number} is a number cell, anything else text; {@code null} an empty cell.
     * The first row stays in sight when scrolling, as it is expected to be the header.
     */
    public static byte[] write(String sheetName, List<? extends List<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            part(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.openxmlformats.org/\
                    officeDocument/2006/relationships/officeDocument"/></Relationships>""");
            part(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets>\
                    </workbook>""".formatted(MAIN, RELATIONSHIPS, escape(sheetName(sheetName))));
            part(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.openxmlformats.org/\
                    officeDocument/2006/relationships/worksheet"/></Relationships>""");
            part(zip, "xl/worksheets/sheet1.xml", sheet(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String sheet(List<? extends List<?>> rows) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"").append(MAIN).append("\"><sheetViews><sheetView workbookViewId=\"0\">")
                .append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("</sheetView></sheetViews><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            List<?> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value == null) {
                    continue;
                }
                String ref = column(c) + (r + 1);
                if (value instanceof Number number) {
                    xml.append("<c r=\"").append(ref).append("\"><v>").append(number).append("</v></c>");
                } else {
                    xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                            .append(escape(value.toString())).append("</t></is></c>");
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    /** Column letters: 0 is A, 25 is Z, 26 is AA. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    /** The column index of a cell reference such as {@code AB12}. */
    static int columnOf(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            index = index * 26 + Character.toUpperCase(reference.charAt(i)) - 'A' + 1;
        }
        return index - 1;
    }

    private static List<SheetRow> rows(byte[] sheet, List<String> shared) throws XMLStreamException {
        List<SheetRow> rows = new ArrayList<>();
        XMLStreamReader xml = reader(sheet);
        List<String> cells = null;
        int rowNumber = 0;
        int column = 0;
        String type = null;
        String value = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> {
                        String r = xml.getAttributeValue(null, "r");
                        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                        cells = new ArrayList<>();
                        column = 0;
                    }
                    case "c" -> {
                        String r = xml.getAttributeValue(null, "r");
                        column = r == null ? cells.size() : columnOf(r);
                        type = xml.getAttributeValue(null, "t");
                        value = null;
                    }
                    case "v" -> value = xml.getElementText();
                    case "is" -> value = text(xml, "is");
                    default -> {
                        // other elements (formulas, styles, views) carry nothing a table needs
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && cells != null) {
                if ("c".equals(xml.getLocalName())) {
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(cellText(type, value, shared));
                } else if ("row".equals(xml.getLocalName())) {
                    rows.add(new SheetRow(rowNumber, cells));
                    cells = null;
                }
            }
        }
        return rows;
    }

    private static String cellText(String type, String value, List<String> shared) {
        if (value == null) {
            return "";
        }
        if ("s".equals(type)) {
            int index = Integer.parseInt(value.strip());
            if (index < 0 || index >= shared.size()) {
                throw new IllegalArgumentException("The workbook refers to a missing shared string " + index);
            }
            return shared.get(index);
        }
        if ("b".equals(type)) {
            return "1".equals(value.strip()) ? "TRUE" : "FALSE";
        }
        if (type == null || "n".equals(type)) {
            try {
                // Excel stores 42 as "42" or "42.0" or "4.2E1"; people typed 42
                return new BigDecimal(value.strip()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    private static List<String> sharedStrings(byte[] part) {
        List<String> strings = new ArrayList<>();
        try {
            XMLStreamReader xml = reader(part);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                    strings.add(text(xml, "si"));
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("The workbook's shared strings are damaged: " + e.getMessage(), e);
        }
        return strings;
    }

    /** The text of a string item: its {@code t} elements, including rich-text runs, but not phonetic hints. */
    private static String text(XMLStreamReader xml, String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("rPh".equals(xml.getLocalName())) {
                    phonetic++;
                } else if ("t".equals(xml.getLocalName()) && phonetic == 0) {
                    text.append(xml.getElementText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("rPh".equals(xml.getLocalName())) {
                    phonetic--;
                } else if (element.equals(xml.getLocalName())) {
                    break;
                }
            }
        }
        return text.toString();
    }

    /** The path of the workbook's first sheet, found through the workbook and its relationships. */
    private static String firstSheet(Map<String, byte[]> parts) {
        byte[] workbook = parts.get("xl/workbook.xml");
        byte[] relationships = parts.get("xl/_rels/workbook.xml.rels");
        if (workbook == null || relationships == null) {
            throw new IllegalArgumentException("The file is not an Excel workbook (.xlsx)");
        }
        try {
            String id = null;
            XMLStreamReader xml = reader(workbook);
            while (id == null && xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
                    id = xml.getAttributeValue(RELATIONSHIPS, "id");
                }
            }
            xml = reader(relationships);
            while (id != null && xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
                        && id.equals(xml.getAttributeValue(null, "Id"))) {
                    String target = xml.getAttributeValue(null, "Target");
                    return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("The workbook is damaged: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("The workbook has no sheet");
    }

    private static Map<String, byte[]> unzip(byte[] file) {
        Map<String, byte[]> parts = new HashMap<>();
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] part = bounded(zip, MAX_UNPACKED_BYTES - unpacked);
                unpacked += part.length;
                parts.put(entry.getName(), part);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("The file is not an Excel workbook (.xlsx): " + e.getMessage(), e);
        }
        return parts;
    }

    private static byte[] bounded(InputStream in, long allowed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
            total += read;
            if (total > allowed) {
                throw new IllegalArgumentException("The workbook unpacks to more than "
                        + MAX_UNPACKED_BYTES / 1024 / 1024 + " MB");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** A reader that never resolves a DTD or an external entity (XXE). */
    private static XMLStreamReader reader(byte[] part) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory.createXMLStreamReader(new ByteArrayInputStream(part));
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Excel refuses sheet names longer than 31 characters or with any of {@code []:*?/\}. */
    private static String sheetName(String name) {
        String safe = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        safe = safe.isEmpty() ? "Sheet1" : safe;
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }

    /** Escapes markup and drops the control characters XML 1.0 cannot carry at all. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
