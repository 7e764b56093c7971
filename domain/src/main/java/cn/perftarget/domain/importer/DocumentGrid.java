package cn.perftarget.domain.importer;

import cn.perftarget.domain.importer.WordItems.Item;
import cn.perftarget.domain.importer.WordItems.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Word or Excel document as {@link GridImporter} reads it: its paragraphs and the rows of its tables in reading
 * order, each cell whole and with its place. The Office readers build it; the recogniser is the one of Word's paste
 * layout ({@link PasteImporter}), which sees a row as a row boundary followed by its cells, so both read tables the
 * same way, except that here a row's cells are known exactly (a cell of several paragraphs is one cell).
 */
public final class DocumentGrid {

    /** Tabs and line breaks split a paragraph outside a table into the pieces a reader sees side by side. */
    private static final Pattern PIECES = Pattern.compile("[\\t\\n\\r\\u000b]+");

    private final List<String> lines = new ArrayList<>();
    private final List<Item> items = new ArrayList<>();
    private final List<SourcePlace> places = new ArrayList<>();

    /** A paragraph outside a table (a blank one separates like an empty line). */
    public DocumentGrid paragraph(String text, SourcePlace place) {
        String t = text == null ? "" : text;
        boolean any = false;
        for (String piece : PIECES.split(t)) {
            if (!piece.isBlank()) {
                add(Kind.TEXT, piece, piece, place);
                any = true;
            }
        }
        if (!any) {
            add(Kind.BLANK, "", "", place);
        }
        return this;
    }

    /** One row of a table, its cells left to right (a merged cell once). */
    public DocumentGrid row(List<GridCell> row) {
        if (row.isEmpty()) {
            return this;
        }
        add(Kind.BLANK, "", "", row.get(0).place());
        for (GridCell c : row) {
            add(Kind.CELL, "\t" + c.text(), c.text(), c.place());
        }
        return this;
    }

    /** The end of a table: what follows is outside it, even another table right after it. */
    public DocumentGrid endTable() {
        add(Kind.BLANK, "", "", places.isEmpty() ? SourcePlace.WHOLE : places.get(places.size() - 1));
        return this;
    }

    private void add(Kind kind, String line, String text, SourcePlace place) {
        lines.add(line);
        items.add(new Item(kind, items.size() + 1, text));
        places.add(place);
    }

    SourceText source() {
        return SourceText.ofLines(lines);
    }

    List<Item> items() {
        return items;
    }

    /** The place of 1-based position {@code position}. */
    SourcePlace place(int position) {
        return places.get(position - 1);
    }
}
