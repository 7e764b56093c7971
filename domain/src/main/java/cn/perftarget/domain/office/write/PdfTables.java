package cn.perftarget.domain.office.write;

import cn.perftarget.domain.office.write.LayoutCell.CellStyle;
import cn.perftarget.domain.table.TargetTable;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Writes 绩效目标表 into a PDF in the published layout ({@link TableLayout}), A4 portrait, with the bundled CJK font
 * embedded ({@link CjkFont}). One instance writes one document.
 */
final class PdfTables implements AutoCloseable {

    private static final float MARGIN = 56.7f; // 2 cm
    private static final float CELL_POINTS = 9f;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
    private final Font cell;
    private final Font caption;
    private final Font title;
    private final Font body;
    private final Font heading;

    PdfTables(String subject) {
        BaseFont font = CjkFont.create();
        cell = new Font(font, CELL_POINTS);
        caption = new Font(font, CELL_POINTS, Font.BOLD);
        title = new Font(font, 14f, Font.BOLD);
        body = new Font(font, 11f);
        heading = new Font(font, 12f, Font.BOLD);
        try {
            PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        document.addTitle(subject);
        document.addCreator("perftarget");
        document.open();
    }

    /** A paragraph of text ({@code \n} starts a new one); a heading is bold, a title centred and larger. */
    void text(String text, TextStyle style) {
        for (String line : text.split("\n", -1)) {
            Paragraph p = new Paragraph(line.isEmpty() ? " " : line, font(style));
            p.setAlignment(style == TextStyle.TITLE ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
            p.setSpacingAfter(style == TextStyle.BODY ? 2f : 6f);
            p.setLeading(font(style).getSize() * 1.5f);
            add(p);
        }
    }

    enum TextStyle {
        TITLE,
        HEADING,
        BODY
    }

    private Font font(TextStyle style) {
        return switch (style) {
            case TITLE -> title;
            case HEADING -> heading;
            case BODY -> body;
        };
    }

    /** The table's title and the table. */
    void table(TargetTable table, int number) {
        Paragraph t = new Paragraph(TableLayout.title(table, number), title);
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingBefore(10f);
        t.setSpacingAfter(6f);
        add(t);
        PdfPTable grid = new PdfPTable(TableLayout.COLUMNS);
        float[] widths = new float[TableLayout.COLUMNS];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = TableLayout.WIDTHS[c];
        }
        try {
            grid.setWidths(widths);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        grid.setWidthPercentage(100f);
        grid.setSplitLate(
                true); // a row that does not fit moves to the next page whole (split only if taller than a page)
        for (List<LayoutCell> row : TableLayout.of(table).rows()) {
            for (LayoutCell c : row) {
                grid.addCell(cell(c));
            }
        }
        add(grid);
    }

    private PdfPCell cell(LayoutCell c) {
        PdfPCell p = new PdfPCell(new Phrase(c.text(), c.style() == CellStyle.CAPTION ? caption : cell));
        p.setColspan(c.colSpan());
        p.setRowspan(c.rowSpan());
        p.setVerticalAlignment(Element.ALIGN_MIDDLE);
        p.setHorizontalAlignment(
                switch (c.style()) {
                    case CAPTION, VALUE -> Element.ALIGN_CENTER;
                    case TEXT, UNIT -> Element.ALIGN_LEFT;
                    case AMOUNT_UNIT -> Element.ALIGN_RIGHT;
                });
        p.setPadding(3f);
        p.setPaddingBottom(4f);
        p.setLeading(0f, 1.3f);
        p.setUseAscender(true);
        p.setMinimumHeight(16f);
        p.setBorder(c.bordered() ? Rectangle.BOX : Rectangle.NO_BORDER);
        p.setBorderWidth(0.5f);
        return p;
    }

    private void add(Element e) {
        try {
            document.add(e);
        } catch (DocumentException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Starts a new page. */
    void newPage() {
        document.newPage();
    }

    /** The finished PDF. */
    byte[] bytes() {
        document.close();
        return out.toByteArray();
    }

    @Override
    public void close() {
        if (document.isOpen()) {
            document.close();
        }
    }
}
