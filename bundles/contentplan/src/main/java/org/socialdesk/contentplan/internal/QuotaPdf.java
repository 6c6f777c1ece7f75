package org.socialdesk.contentplan.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A report table as a landscape A4 PDF document whose header row repeats on every page. The font is Liberation
 * Sans, which OpenPDF ships, embedded as a subset: PDF's standard fonts have no Cyrillic, and a reader without the
 * font would show nothing of the Russian text.
 */
final class QuotaPdf {

    private static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";
    private static final float TITLE_SIZE = 12;
    /** Small enough for the nineteen columns of a five-week month. */
    private static final float CELL_SIZE = 7;

    private QuotaPdf() {
    }

    /** @param rows the header row first; a {@link Number} is right-aligned, {@code null} an empty cell */
    static byte[] write(String title, List<? extends List<?>> rows) {
        BaseFont base = font();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle(title);
            document.open();
            document.add(new Paragraph(title, new Font(base, TITLE_SIZE, Font.BOLD)));
            PdfPTable table = new PdfPTable(rows.get(0).size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            Font font = new Font(base, CELL_SIZE);
            Font bold = new Font(base, CELL_SIZE, Font.BOLD);
            for (int r = 0; r < rows.size(); r++) {
                for (Object value : rows.get(r)) {
                    PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value.toString(), r == 0 ? bold
                            : font));
                    cell.setHorizontalAlignment(value instanceof Number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                    table.addCell(cell);
                }
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF report cannot be written: " + e.getMessage(), e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    private static BaseFont font() {
        // read through OpenPDF's own class: in OSGi only its bundle sees the file, whose folder is no package
        try (InputStream in = BaseFont.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF has no font " + FONT);
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("OpenPDF cannot read its font " + FONT, e);
        }
    }
}
