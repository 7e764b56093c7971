package cn.perftarget.domain.office.read;

import static cn.perftarget.domain.office.read.WordXml.attribute;
import static cn.perftarget.domain.office.read.WordXml.child;
import static cn.perftarget.domain.office.read.WordXml.children;
import static cn.perftarget.domain.office.read.WordXml.isW;

import cn.perftarget.domain.importer.DocumentGrid;
import cn.perftarget.domain.importer.GridCell;
import cn.perftarget.domain.importer.SourcePlace;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A .docx (Word, WPS) as a {@link DocumentGrid}, read from its WordprocessingML: the body's paragraphs and tables in reading order, also inside
 * content controls and text boxes. A table row's cells as a reader sees them: a cell merged across columns
 * ({@code gridSpan}, or the old {@code hMerge}) is one cell, the lower parts of a cell merged down ({@code vMerge})
 * are blank, as Word copies them; a cell's paragraphs are joined with {@code \n}. A table of one cell that holds
 * tables (a frame) is read as its content; a table nested in a cell of a larger table adds its rows' text to that
 * cell.
 */
public final class WordReader {

    private final DocumentGrid grid = new DocumentGrid();
    private final CellBudget budget;
    private int paragraphs;
    private int tables;

    private WordReader(CellBudget budget) {
        this.budget = budget;
    }

    /**
     * Reads the main document part of a .docx package, parsed with POI's secure parser (no document type
     * declarations, no external entities) into a DOM; the rest of the package (styles, numbering, media) is not
     * needed to see the text and is not parsed.
     *
     * @param budget counts the cells read, refusing a file with too many
     */
    public static DocumentGrid read(OPCPackage pkg, CellBudget budget)
            throws IOException, SAXException, InvalidFormatException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.size() != 1) {
            throw new InvalidFormatException("no main document part");
        }
        PackagePart part = pkg.getPart(main.getRelationship(0));
        if (part == null) {
            throw new InvalidFormatException("the main document part is missing");
        }
        Document dom;
        try (InputStream in = part.getInputStream()) {
            dom = DocumentHelper.readDocument(in);
        }
        Element body = child(dom.getDocumentElement(), "body");
        if (body == null) {
            throw new InvalidFormatException("the document has no body");
        }
        WordReader reader = new WordReader(budget);
        reader.blocks(body);
        return reader.grid;
    }

    private void blocks(Node parent) {
        for (Element e : children(parent)) {
            if (isW(e, "p")) {
                paragraph(e);
            } else if (isW(e, "tbl")) {
                table(e);
            } else if (isW(e, "sdt")) {
                Element content = child(e, "sdtContent");
                if (content != null) {
                    blocks(content);
                }
            } else if (isW(e, "customXml") || isW(e, "ins") || isW(e, "moveTo") || isW(e, "txbxContent")) {
                blocks(e);
            }
        }
    }

    private void paragraph(Element p) {
        paragraphs++;
        WordParagraphText read = WordParagraphText.of(p);
        grid.paragraph(read.text(), new SourcePlace.Paragraph(paragraphs));
        for (Element box : read.textBoxes()) {
            blocks(box);
        }
    }

    private void table(Element tbl) {
        List<Element> rows = rows(tbl);
        if (rows.size() == 1) {
            List<Element> cells = cells(rows.get(0));
            if (cells.size() == 1 && hasTable(cells.get(0))) {
                blocks(cells.get(0)); // a frame around the real content
                return;
            }
        }
        int number = ++tables;
        int r = 0;
        for (Element tr : rows) {
            r++;
            List<GridCell> row = new ArrayList<>();
            for (Element tc : cells(tr)) {
                Element pr = child(tc, "tcPr");
                if (pr != null && continues(child(pr, "hMerge"))) {
                    continue;
                }
                String text = pr != null && continues(child(pr, "vMerge")) ? "" : cellText(tc);
                row.add(new GridCell(text, new SourcePlace.TableCell(number, r, row.size() + 1)));
            }
            budget.spend(row.size());
            grid.row(row);
        }
        grid.endTable();
    }

    /** A merge element without {@code w:val="restart"}: the cell continues the one before it. */
    private static boolean continues(@Nullable Element merge) {
        if (merge == null) {
            return false;
        }
        String val = attribute(merge, "val");
        return val == null || val.equals("continue");
    }

    /** The rows of a table, also inside content controls; deleted rows (tracked changes) left out. */
    private static List<Element> rows(Element tbl) {
        List<Element> out = new ArrayList<>();
        collect(tbl, "tr", out);
        out.removeIf(tr -> {
            Element pr = child(tr, "trPr");
            return pr != null && child(pr, "del") != null;
        });
        return out;
    }

    private static List<Element> cells(Element tr) {
        List<Element> out = new ArrayList<>();
        collect(tr, "tc", out);
        return out;
    }

    /** The {@code w:name} children, looking through content controls and custom XML around them. */
    private static void collect(Node parent, String name, List<Element> out) {
        for (Element e : children(parent)) {
            if (isW(e, name)) {
                out.add(e);
            } else if (isW(e, "sdt")) {
                Element content = child(e, "sdtContent");
                if (content != null) {
                    collect(content, name, out);
                }
            } else if (isW(e, "customXml")) {
                collect(e, name, out);
            }
        }
    }

    private static boolean hasTable(Element tc) {
        for (Element e : children(tc)) {
            if (isW(e, "tbl")) {
                return true;
            }
        }
        return false;
    }

    /** The cell's paragraphs joined with a line break; a nested table's cells each as a paragraph. */
    private static String cellText(Element tc) {
        List<String> lines = new ArrayList<>();
        cellLines(tc, lines);
        return String.join("\n", lines);
    }

    private static void cellLines(Node parent, List<String> lines) {
        for (Element e : children(parent)) {
            if (isW(e, "p")) {
                lines.add(WordParagraphText.of(e).text());
            } else if (isW(e, "tbl")) {
                for (Element tr : rows(e)) {
                    for (Element tc : cells(tr)) {
                        cellLines(tc, lines);
                    }
                }
            } else if (isW(e, "sdt")) {
                Element content = child(e, "sdtContent");
                if (content != null) {
                    cellLines(content, lines);
                }
            } else if (isW(e, "customXml")) {
                cellLines(e, lines);
            }
        }
    }
}
