package cn.perftarget.domain.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Word's paste layout split into items: a cell (a line starting with a tab; the tab is the separator, the
 * rest is the cell as written), a blank line (row boundary, or an empty paragraph inside a cell) and a text
 * line (outside any table, or a further paragraph of the cell before it).
 */
final class WordItems {

    enum Kind {
        CELL,
        BLANK,
        TEXT
    }

    /** @param line 1-based line number */
    record Item(Kind kind, int line, String text) {}

    private WordItems() {}

    static List<Item> of(SourceText src) {
        List<Item> items = new ArrayList<>(src.size());
        for (int i = 0; i < src.size(); i++) {
            String line = src.line(i);
            int number = SourceText.number(i);
            if (line.startsWith("\t")) {
                items.add(new Item(Kind.CELL, number, line.substring(1)));
            } else if (line.isBlank()) {
                items.add(new Item(Kind.BLANK, number, line));
            } else {
                items.add(new Item(Kind.TEXT, number, line));
            }
        }
        return items;
    }
}
