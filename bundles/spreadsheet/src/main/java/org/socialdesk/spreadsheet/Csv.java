package org.socialdesk.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tables as CSV (RFC 4180) the way a Russian Excel reads and writes them: UTF-8 with a byte order mark and a
 * semicolon between values. Reading also takes commas or tabs (whichever the first line uses most) and the
 * Windows-1251 encoding that Excel's plain "CSV" uses, so that a file saved by any Excel can be read back.
 */
public final class Csv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private Csv() {
    }

    /**
     * Every row of the file, blank ones included, with the line each starts on. The apostrophe {@link #write} puts
     * before a leading formula sign is taken off again, so that a value survives the round trip.
     */
    public static List<SheetRow> read(byte[] file) {
        String text = decode(file);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        return parse(text, separator(text));
    }

    /** The rows as a file Excel opens by a double click; a {@code null} value is an empty field. */
    public static byte[] write(List<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder().append(BYTE_ORDER_MARK);
        for (List<?> row : rows) {
            csv.append(row.stream().map(Csv::field).collect(Collectors.joining(";"))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A value quoted when it would break the row. A leading formula sign is defused with an apostrophe, as
     * spreadsheets otherwise run what a stranger typed into the registry (CSV injection).
     */
    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        String safe = value instanceof String && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0
                ? "'" + text : text;
        boolean quote = safe.indexOf(';') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || safe.indexOf(',') >= 0 || !safe.equals(text);
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static String value(StringBuilder cell) {
        boolean defused = cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0;
        return defused ? cell.substring(1) : cell.toString();
    }

    private static String decode(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(file, WINDOWS_1251);
        }
    }

    /** The separator the first line uses most, outside quotes; a semicolon when it uses none. */
    private static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private static List<SheetRow> parse(String text, char separator) {
        List<SheetRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(value(cell));
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(value(cell));
                cell.setLength(0);
                rows.add(new SheetRow(rowLine, cells));
                cells = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (!cells.isEmpty() || !cell.isEmpty()) {
            cells.add(value(cell));
            rows.add(new SheetRow(rowLine, cells));
        }
        return rows;
    }
}
