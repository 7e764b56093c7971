package cn.perftarget.domain.importer;

import cn.perftarget.domain.importer.WordItems.Item;
import cn.perftarget.domain.importer.WordItems.Kind;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the 绩效目标表 in Word's paste layout. A table starts at the cell 项目编码 (other tables of the
 * document, such as a procurement table, have none and are left alone); the unit cell and 单位：万元 above it
 * belong to it (cells, or paragraphs of their own just above it); it ends at the next text line outside a cell or
 * where the next table starts.
 */
final class WordTableReader {

    /** How far above 项目编码 the unit line and 单位：万元 may be (cells and blank lines). */
    private static final int PREFIX_REACH = 6;

    List<FoundTable> read(SourceText src, ProblemLog log) {
        return read(WordItems.of(src), log, false);
    }

    /**
     * @param rowsExact whether every blank item is a row boundary (an Office document's table rows are known; in
     *                  pasted text a blank line may also be an empty paragraph inside a cell)
     */
    List<FoundTable> read(List<Item> items, ProblemLog log, boolean rowsExact) {
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.kind() == Kind.CELL && Labels.is(it.text(), Labels.PROJECT_CODE)) {
                anchors.add(i);
            }
        }
        List<Integer> starts = anchors.stream().map(a -> prefixStart(items, a)).toList();
        List<FoundTable> found = new ArrayList<>();
        int gapFrom = 0;
        for (int k = 0; k < anchors.size(); k++) {
            reportOrphan(items, gapFrom, starts.get(k), log);
            int bound = k + 1 < anchors.size() ? starts.get(k + 1) : items.size();
            Read read = readTable(items, starts.get(k), anchors.get(k), bound, log, rowsExact);
            found.add(read.table());
            gapFrom = read.end();
        }
        reportOrphan(items, gapFrom, items.size(), log);
        return found;
    }

    private record Read(FoundTable table, int end) {}

    /** Parts of a 绩效目标表 outside every table found: its 项目编码 cell is missing, so it is not imported. */
    private static void reportOrphan(List<Item> items, int from, int to, ProblemLog log) {
        for (int i = from; i < to; i++) {
            Item it = items.get(i);
            if (it.kind() == Kind.CELL && Labels.isOrphanSign(it.text())) {
                log.add(it.line(), "importer.orphan", it.text().strip(), Labels.PROJECT_CODE);
                return;
            }
        }
    }

    private static int prefixStart(List<Item> items, int anchor) {
        int start = anchor;
        for (int i = anchor - 1; i >= 0 && anchor - i <= PREFIX_REACH; i--) {
            Item it = items.get(i);
            if (it.kind() == Kind.BLANK) {
                continue;
            }
            if (it.kind() != Kind.BLANK && (UnitLine.parse(it.text()).isPresent() || isAmountUnit(it.text()))) {
                start = i;
                continue;
            }
            break;
        }
        return start;
    }

    private static boolean isAmountUnit(String text) {
        return Labels.norm(text).startsWith(Labels.UNIT_OF_AMOUNTS);
    }

    private Read readTable(List<Item> items, int start, int anchor, int bound, ProblemLog log, boolean rowsExact) {
        Optional<UnitLine> unit = Optional.empty();
        for (int i = start; i < anchor; i++) {
            Item it = items.get(i);
            if (it.kind() != Kind.BLANK && unit.isEmpty()) {
                unit = UnitLine.parse(it.text());
            }
        }
        List<Cell.Builder> head = new ArrayList<>();
        int headerAt = -1;
        for (int i = anchor; i < bound; i++) {
            Item it = items.get(i);
            if (it.kind() == Kind.CELL) {
                if (Labels.is(it.text(), Labels.INDICATOR_HEADER.get(0))) {
                    headerAt = i;
                    break;
                }
                head.add(new Cell.Builder(it.line(), it.text()));
            } else if (it.kind() == Kind.TEXT && !head.isEmpty()) {
                head.get(head.size() - 1).append(it.text());
            }
        }
        TargetTable table =
                new WordHeadReader(head.stream().map(Cell.Builder::cell).toList(), log).read();
        if (unit.isPresent()) {
            table = table.withUnit(unit.get().code(), unit.get().name(), null);
        }
        List<IndicatorRow> rows = List.of();
        int end = bound;
        if (headerAt < 0) {
            int last = items.get(Math.max(anchor, bound - 1)).line();
            log.add(
                    items.get(anchor).line(),
                    "importer.noIndicatorHeader",
                    table.projectName(),
                    Labels.INDICATOR_HEADER.get(0),
                    Labels.INDICATOR_HEADER.get(1),
                    log.place(last).label());
        } else {
            WordIndicatorReader indicators = new WordIndicatorReader(items, headerAt, bound, log, rowsExact);
            rows = indicators.read();
            end = indicators.end();
        }
        return new Read(new FoundTable(items.get(start).line() - 1, table.withIndicators(rows)), end);
    }

    /** The upper part of the table: captions followed by their cells. */
    private static final class WordHeadReader {

        /** Captions as documents print them, to name them in problems. */
        private static final String FISCAL_CAPTION = "其中：财政资金";

        private static final String PLAN_CAPTION = "资金支出计划（%）";

        private final List<Cell> cells;
        private final ProblemLog log;
        private int pos;

        WordHeadReader(List<Cell> cells, ProblemLog log) {
            this.cells = cells;
            this.log = log;
        }

        TargetTable read() {
            pos = 1; // cells.get(0) is 项目编码
            String code = value(Labels.PROJECT_CODE);
            String name = label(Labels.PROJECT_NAME, Labels.PROJECT_NAME) ? value(Labels.PROJECT_NAME) : "";
            if (pos < cells.size() && Labels.is(cells.get(pos).text(), Labels.BUDGET_BLOCK)) {
                pos++;
            }
            String budget = label(Labels.BUDGET, Labels.BUDGET) ? value(Labels.BUDGET) : "";
            String fiscal =
                    label(FISCAL_CAPTION, Labels.FISCAL_FUNDS, Labels.FISCAL_FUNDS_SHORT) ? value(FISCAL_CAPTION) : "";
            String other = label(Labels.OTHER_FUNDS, Labels.OTHER_FUNDS) ? value(Labels.OTHER_FUNDS) : "";
            String purpose = purpose(untilCaption());
            List<String> plan = null;
            if (label(PLAN_CAPTION, Labels.PLAN)) {
                for (String checkpoint : Labels.CHECKPOINTS) {
                    label(checkpoint, checkpoint);
                }
                plan = planValues(untilCaption());
            }
            String goals = label(Labels.GOALS, Labels.GOALS) ? single(untilCaption(), Labels.GOALS) : "";
            if (pos < cells.size()) {
                log.add(
                        cells.get(pos).line(),
                        "importer.cellAfterGoals",
                        Labels.GOALS,
                        cells.get(pos).text());
            }
            return new TargetTable(
                    code,
                    name,
                    "",
                    "",
                    null,
                    new MoneyCell(budget),
                    new MoneyCell(fiscal),
                    new MoneyCell(other),
                    purpose,
                    plan == null ? SpendingPlan.BLANK : SpendingPlan.of(plan),
                    goals,
                    List.of());
        }

        /** Expects the caption at the cursor; skips unreadable cells before it, reporting them. */
        private boolean label(String display, String... accepted) {
            for (int j = pos; j < cells.size(); j++) {
                if (matches(cells.get(j).text(), accepted)) {
                    if (j > pos) {
                        log.add(
                                cells.get(pos).line(),
                                "importer.cellBeforeCaption",
                                display,
                                cells.get(pos).text());
                    }
                    pos = j + 1;
                    return true;
                }
                if (j > pos && Labels.isHeadCaption(cells.get(j).text())) {
                    break;
                }
            }
            log.add(lineHere(), "importer.missingCaption", display);
            return false;
        }

        private static boolean matches(String text, String... accepted) {
            for (String a : accepted) {
                if (Labels.is(text, a)) {
                    return true;
                }
            }
            return false;
        }

        private String value(String display) {
            if (pos < cells.size() && !Labels.isHeadCaption(cells.get(pos).text())) {
                return cells.get(pos++).text();
            }
            log.add(cells.get(Math.max(0, Math.min(pos, cells.size()) - 1)).line(), "importer.missingValue", display);
            return "";
        }

        private List<Cell> untilCaption() {
            int from = pos;
            while (pos < cells.size() && !Labels.isHeadCaption(cells.get(pos).text())) {
                pos++;
            }
            return cells.subList(from, pos);
        }

        /**
         * The row of 资金用途: the blank cell of the merged caption 预算规模及资金用途, then the purpose.
         * A single cell is the purpose either way (if it is the caption's cell, it is blank: so is the purpose).
         */
        private String purpose(List<Cell> row) {
            return single(row.size() == 2 && row.get(0).isBlank() ? row.subList(1, 2) : row, Labels.PURPOSE_SHORT);
        }

        /** A row of exactly one value cell. */
        private String single(List<Cell> r, String display) {
            if (r.size() == 1) {
                return r.get(0).text();
            }
            if (r.isEmpty()) {
                log.add(lineHere(), "importer.missingCell", display);
            } else {
                log.add(r.get(0).line(), "importer.tooManyCells", display, r.size());
            }
            return "";
        }

        /**
         * The value row under 3月底 … 12月底: the blank cell of the merged caption, then four cells. Four cells
         * alone are accepted only when none is blank: otherwise it cannot be told which one is missing. Null when
         * the row is neither.
         */
        private @Nullable List<String> planValues(List<Cell> row) {
            int n = Labels.CHECKPOINTS.size();
            if (row.size() == n + 1 && row.get(0).isBlank()) {
                return row.subList(1, n + 1).stream().map(Cell::text).toList();
            }
            if (row.size() == n && row.stream().noneMatch(Cell::isBlank)) {
                return row.stream().map(Cell::text).toList();
            }
            log.add(
                    row.isEmpty() ? lineHere() : row.get(0).line(),
                    "importer.planCells",
                    Labels.CHECKPOINTS,
                    row.size());
            return null;
        }

        private int lineHere() {
            if (cells.isEmpty()) {
                return 0;
            }
            return cells.get(Math.min(pos, cells.size() - 1)).line();
        }
    }
}
