package cn.perftarget.domain.importer;

import cn.perftarget.domain.importer.PdfLines.Line;
import cn.perftarget.domain.table.IndicatorRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The indicator rows of a table in PDF text. There the cells of a row are no longer separated: the narrow
 * 一级 and 二级 cells come wrapped over several lines ("数量指" / "标"), a long 三级 or 描述 cell is wrapped
 * too, and the cells that fit on one line are printed together on the row's last line, separated by spaces
 * ("办件数据 全年办理各类政务服务事项数量 10000以上 日常工作").
 *
 * <p>So: lines that together spell a category name are 一级/二级 cells; a line with several words ends a row;
 * the single-word lines before it are the wrapped beginnings of the row's first cells. A 二级 cell followed
 * directly by another category is an empty row left from the template (kept: validation reports it).
 * Whatever does not fit this reading is reported, not guessed.
 */
final class PdfIndicatorReader {

    private static final int CELLS_AFTER_CATEGORIES = 4; // 三级, 描述, 指标值, 确定依据
    private static final IndicatorCategoryNames NAMES = IndicatorCategoryNames.BUNDLED;
    private static final int MAX_NAME_LINES = 4;

    private sealed interface Unit permits Category, Fragment, RowEnd {
        int line();
    }

    private record Category(String text, int line) implements Unit {}

    private record Fragment(String text, int line) implements Unit {}

    private record RowEnd(List<String> words, int line) implements Unit {}

    private final List<Line> lines;
    private final ProblemLog log;
    private final List<IndicatorRow> rows = new ArrayList<>();
    private String level1 = "";
    private String level2 = "";
    private boolean level2Open;
    private final List<Fragment> fragments = new ArrayList<>();

    PdfIndicatorReader(List<Line> lines, ProblemLog log) {
        this.lines = lines;
        this.log = log;
    }

    List<IndicatorRow> read() {
        List<Unit> units = units();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            if (unit instanceof Category c) {
                category(c, u + 1 < units.size() ? units.get(u + 1) : null);
            } else if (unit instanceof Fragment f) {
                fragments.add(f);
            } else if (unit instanceof RowEnd r) {
                rowEnd(r);
            }
        }
        dropFragments();
        closeEmptyLevel2();
        return List.copyOf(rows);
    }

    /** Single-word lines, grouped into category names where they spell one, and row-ending lines. */
    private List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            String[] words = line.text().split("\\s+");
            if (words.length > 1) {
                units.add(new RowEnd(List.of(words), line.number()));
                i++;
                continue;
            }
            int spelled = spelledName(i);
            if (spelled > 0) {
                StringBuilder name = new StringBuilder();
                for (int k = i; k < i + spelled; k++) {
                    name.append(lines.get(k).text());
                }
                units.add(new Category(name.toString(), line.number()));
                i += spelled;
            } else {
                units.add(new Fragment(line.text(), line.number()));
                i++;
            }
        }
        return units;
    }

    /** How many single-word lines from {@code i} spell a category name, or 0. */
    private int spelledName(int i) {
        StringBuilder acc = new StringBuilder();
        for (int k = i; k < lines.size() && k - i < MAX_NAME_LINES; k++) {
            String text = lines.get(k).text();
            if (text.split("\\s+").length > 1) {
                return 0;
            }
            acc.append(text);
            if (NAMES.isName(acc.toString())) {
                return k - i + 1;
            }
        }
        return 0;
    }

    private void category(Category c, @Nullable Unit next) {
        dropFragments();
        boolean asLevel1 = NAMES.isLevel1(c.text())
                && (!NAMES.isLevel2(c.text())
                        || next instanceof Category n && NAMES.isLevel2(n.text()) && !NAMES.isLevel1(n.text()));
        closeEmptyLevel2();
        if (asLevel1) {
            level1 = c.text();
            level2 = "";
        } else {
            level2 = c.text();
            level2Open = true;
        }
    }

    /** A 二级 with no row of its own: an empty template row. */
    private void closeEmptyLevel2() {
        if (level2Open) {
            rows.add(IndicatorRow.of(level1, level2, "", "", "", ""));
            level2Open = false;
        }
    }

    private void dropFragments() {
        if (!fragments.isEmpty()) {
            log.add(
                    fragments.get(0).line(),
                    "importer.strayIndicatorText",
                    String.join("", fragments.stream().map(Fragment::text).toList()));
            fragments.clear();
        }
    }

    private void rowEnd(RowEnd r) {
        Optional<List<String>> cells = cells(r);
        if (cells.isPresent()) {
            List<String> c = cells.get();
            rows.add(IndicatorRow.of(level1, level2, c.get(0), c.get(1), c.get(2), c.get(3)));
            level2Open = false;
        } else {
            int line = fragments.isEmpty() ? r.line() : fragments.get(0).line();
            log.add(line, "importer.unsplitRow", String.join(" ", fragmentsAndWords(r)));
        }
        fragments.clear();
    }

    private List<String> fragmentsAndWords(RowEnd r) {
        List<String> all =
                new ArrayList<>(fragments.stream().map(Fragment::text).toList());
        all.addAll(r.words());
        return all;
    }

    /** The four cells after 一级/二级: the wrapped cells from the fragments, then the words of the last line. */
    private Optional<List<String>> cells(RowEnd r) {
        int fromFragments = CELLS_AFTER_CATEGORIES - r.words().size();
        if (fromFragments < 0) {
            return Optional.empty();
        }
        List<String> wrapped =
                WrappedCells.split(fragments.stream().map(Fragment::text).toList());
        if (wrapped.size() != fromFragments) {
            return Optional.empty();
        }
        List<String> cells = new ArrayList<>(wrapped);
        cells.addAll(r.words());
        return Optional.of(cells);
    }
}
