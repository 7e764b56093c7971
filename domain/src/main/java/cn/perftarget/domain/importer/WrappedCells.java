package cn.perftarget.domain.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells the cells apart in consecutive lines of wrapped PDF cells. A wrapped cell's lines are full width except
 * its last, which is shorter: so a line longer than the one before it, or a line after one that was shorter
 * than its cell's first line, starts the next cell. Lines of one cell are joined without a separator.
 */
final class WrappedCells {

    /** Display widths may differ by one half-width character between two full lines. */
    private static final int TOLERANCE = 1;

    private WrappedCells() {}

    static List<String> split(List<String> lines) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = null;
        int firstWidth = 0;
        int previousWidth = 0;
        for (String line : lines) {
            int w = width(line);
            if (cell == null || w > previousWidth + TOLERANCE || previousWidth < firstWidth - TOLERANCE) {
                if (cell != null) {
                    cells.add(cell.toString());
                }
                cell = new StringBuilder(line);
                firstWidth = w;
            } else {
                cell.append(line);
            }
            previousWidth = w;
        }
        if (cell != null) {
            cells.add(cell.toString());
        }
        return cells;
    }

    /** Width in half-width columns: CJK and full-width characters count two. */
    static int width(String s) {
        return s.codePoints().map(cp -> cp >= 0x1100 ? 2 : 1).sum();
    }
}
