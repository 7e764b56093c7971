package cn.perftarget.domain.office.write;

import cn.perftarget.domain.office.write.LayoutCell.CellStyle;
import cn.perftarget.domain.table.TargetTable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/** Writes 绩效目标表 into a Word document in the published layout ({@link TableLayout}), and its text paragraphs. */
final class WordTables {

    /** A4 portrait in twentieths of a point, margins of 2 cm. */
    private static final int PAGE_WIDTH = 11906;

    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    static final String CHINESE_FONT = "宋体";
    static final String LATIN_FONT = "Times New Roman";
    private static final int CELL_POINTS = 9;

    private WordTables() {}

    /** A new document, A4 portrait. */
    static XWPFDocument newDocument() {
        XWPFDocument doc = new XWPFDocument();
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN));
        mar.setBottom(BigInteger.valueOf(MARGIN));
        mar.setLeft(BigInteger.valueOf(MARGIN));
        mar.setRight(BigInteger.valueOf(MARGIN));
        return doc;
    }

    /** A paragraph of text ({@code \n} starts a new paragraph). */
    static void text(XWPFDocument doc, String text, ParagraphAlignment alignment, boolean bold, double points) {
        for (String line : text.split("\n", -1)) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(alignment);
            run(p, line, bold, points);
        }
    }

    /** What follows starts on a new page. */
    static void pageBreak(XWPFDocument doc) {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /** The table's title ({@code 1.项目名称绩效目标表}) and the table. */
    static void table(XWPFDocument doc, TargetTable table, int number) {
        text(doc, TableLayout.title(table, number), ParagraphAlignment.CENTER, true, 14);
        TableLayout layout = TableLayout.of(table);
        XWPFTable t = doc.createTable();
        setUp(t);
        List<List<LayoutCell>> rows = layout.rows();
        List<List<LayoutCell>> covered = layout.coveredFromAbove();
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = t.insertNewTableRow(t.getNumberOfRows());
            List<LayoutCell> all = new ArrayList<>(rows.get(i));
            all.addAll(covered.get(i));
            all.sort(Comparator.comparingInt(LayoutCell::column));
            for (LayoutCell c : all) {
                boolean continuation = covered.get(i).contains(c);
                cell(row.createCell(), c, continuation);
            }
        }
        t.removeRow(0); // the one row a new table starts with
    }

    private static void setUp(XWPFTable t) {
        CTTblPr pr = t.getCTTbl().getTblPr();
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        if (!pr.isSetTblW()) {
            pr.addNewTblW();
        }
        pr.getTblW().setType(STTblWidth.DXA);
        pr.getTblW().setW(BigInteger.valueOf(TEXT_WIDTH));
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null
                ? t.getCTTbl().addNewTblGrid()
                : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < TableLayout.COLUMNS; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width(c, 1)));
        }
    }

    /** The width in twips of {@code span} grid columns from {@code column}. */
    private static int width(int column, int span) {
        int total = 0;
        for (int w : TableLayout.WIDTHS) {
            total += w;
        }
        int sum = 0;
        for (int c = column; c < column + span; c++) {
            sum += TableLayout.WIDTHS[c];
        }
        return TEXT_WIDTH * sum / total;
    }

    private static void cell(XWPFTableCell cell, LayoutCell c, boolean continuation) {
        CTTcPr pr = cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
        pr.addNewTcW().setType(STTblWidth.DXA);
        pr.getTcW().setW(BigInteger.valueOf(width(c.column(), c.colSpan())));
        if (c.colSpan() > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(c.colSpan()));
        }
        if (continuation) {
            pr.addNewVMerge(); // no value: continues the cell above
        } else if (c.rowSpan() > 1) {
            pr.addNewVMerge().setVal(STMerge.RESTART);
        }
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        borders(pr.addNewTcBorders(), c.bordered());
        XWPFParagraph first = cell.getParagraphs().get(0);
        if (continuation) {
            return;
        }
        String[] lines = c.text().split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            XWPFParagraph p = k == 0 ? first : cell.addParagraph();
            p.setAlignment(alignment(c.style()));
            p.setSpacingAfter(0);
            run(p, lines[k], c.style() == CellStyle.CAPTION, CELL_POINTS);
        }
    }

    private static ParagraphAlignment alignment(CellStyle style) {
        return switch (style) {
            case CAPTION, VALUE -> ParagraphAlignment.CENTER;
            case TEXT, UNIT -> ParagraphAlignment.LEFT;
            case AMOUNT_UNIT -> ParagraphAlignment.RIGHT;
        };
    }

    private static void borders(CTTcBorders b, boolean visible) {
        for (CTBorder border : new CTBorder[] {b.addNewTop(), b.addNewBottom(), b.addNewLeft(), b.addNewRight()}) {
            if (visible) {
                border.setVal(STBorder.SINGLE);
                border.setSz(BigInteger.valueOf(4));
                border.setColor("000000");
            } else {
                border.setVal(STBorder.NIL);
            }
        }
    }

    /** The text as runs: a tab as Word's tab, everything else as written (spaces kept). */
    private static void run(XWPFParagraph p, String text, boolean bold, double points) {
        String[] pieces = text.split("\t", -1);
        for (int k = 0; k < pieces.length; k++) {
            XWPFRun r = p.createRun();
            r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
            r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
            r.setFontFamily(CHINESE_FONT, XWPFRun.FontCharRange.eastAsia);
            r.setFontSize(points);
            r.setBold(bold);
            if (k > 0) {
                r.addTab();
            }
            if (!pieces[k].isEmpty()) {
                r.setText(pieces[k]);
            }
        }
    }
}
