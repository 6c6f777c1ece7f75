package org.socialdesk.ui.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV that Excel with Russian settings opens correctly on a double click: UTF-8 with a byte order mark (without
 * it Excel reads Windows-1251), {@code ;} between fields (the Russian list separator, since {@code ,} is the
 * decimal one), CRLF line ends and RFC 4180 quoting.
 */
final class ExcelCsv {

    static final char SEPARATOR = ';';
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[;\"\r\n]");
    /** Excel runs a cell starting like this as a formula, and the log holds text that users typed. */
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r]");

    private ExcelCsv() {
    }

    /** Writes the rows, the header first, and flushes without closing the stream, which is not ours. */
    static void write(OutputStream out, List<List<String>> rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        for (List<String> row : rows) {
            writer.write(row.stream().map(ExcelCsv::field).collect(Collectors.joining(String.valueOf(SEPARATOR))));
            writer.write("\r\n");
        }
        writer.flush();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = FORMULA_START.matcher(value).find() ? "'" + value : value;
        return NEEDS_QUOTES.matcher(text).find() ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
