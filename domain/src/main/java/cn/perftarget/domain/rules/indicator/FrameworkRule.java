package cn.perftarget.domain.rules.indicator;

import cn.perftarget.domain.framework.Framework;
import cn.perftarget.domain.framework.Level1;
import cn.perftarget.domain.framework.Level2;
import cn.perftarget.domain.framework.Placement;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Fix;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;

/**
 * R13: a 一级/二级 pair the year's framework does not allow, or an unknown name. Rows under the same merged 一级/二级
 * cells are reported once, at the first row.
 */
public final class FrameworkRule implements Rule {

    public static final RuleInfo INFO =
            RuleInfo.of("R13", Severity.ERROR, "rule.R13.name", "rule.R13.checks", "rule.R13.example");

    public FrameworkRule(RuleParameters p) {}

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        Framework fw = t.framework();
        String prevL1 = null;
        String prevL2 = null;
        for (int i = 0; i < t.rowCount(); i++) {
            IndicatorRow row = t.row(i);
            boolean sameBlock = row.level1().equals(prevL1) && row.level2().equals(prevL2);
            prevL1 = row.level1();
            prevL2 = row.level2();
            Placement p = t.placement(i);
            if (p.isOk() || p.status() == Placement.Status.BLANK || sameBlock) {
                continue;
            }
            switch (p.status()) {
                case UNKNOWN_LEVEL1 ->
                    out.report(
                            Severity.ERROR,
                            Location.row(i, IndicatorColumn.LEVEL1),
                            Message.of("rule.R13.unknownLevel1", row.level1().strip(), fw.name(), level1Names(fw)));
                case UNKNOWN_LEVEL2 -> {
                    String level1 = p.level1(); // known: the 二级 under it is what is unknown
                    if (level1 == null) {
                        continue;
                    }
                    out.report(
                            Severity.ERROR,
                            Location.row(i, IndicatorColumn.LEVEL2),
                            row.level2().isBlank()
                                    ? Message.of("rule.R13.level2Blank", level1, level2Names(fw, level1))
                                    : Message.of(
                                            "rule.R13.unknownLevel2",
                                            row.level2().strip(),
                                            fw.name(),
                                            level1,
                                            level2Names(fw, level1)));
                }
                case MISPLACED -> {
                    String expected = p.expectedLevel1();
                    String level2 = p.level2(); // both known for a misplaced 二级
                    if (expected == null || level2 == null) {
                        continue;
                    }
                    int row0 = i;
                    Fix fix = new Fix(
                            Message.of("rule.R13.fix", row.level2().strip(), expected, level2),
                            tt -> moveBlock(tt, row0, expected, level2));
                    out.report(
                            Severity.ERROR,
                            Location.row(i, IndicatorColumn.LEVEL1),
                            Message.of(
                                    "rule.R13.misplaced",
                                    row.level2().strip(),
                                    fw.name(),
                                    expected,
                                    row.level1().strip()),
                            fix);
                }
                default -> {}
            }
        }
    }

    /** Sets the 一级 and 二级 names of the block starting at {@code start} (same 一级 and 二级 as written). */
    private static TargetTable moveBlock(TargetTable table, int start, String level1, String level2) {
        List<IndicatorRow> rows = new ArrayList<>(table.indicators());
        if (start >= rows.size()) {
            return table;
        }
        IndicatorRow first = rows.get(start);
        for (int i = start; i < rows.size(); i++) {
            IndicatorRow r = rows.get(i);
            if (!r.level1().equals(first.level1()) || !r.level2().equals(first.level2())) {
                break;
            }
            rows.set(i, IndicatorColumn.LEVEL2.with(IndicatorColumn.LEVEL1.with(r, level1), level2));
        }
        return table.withIndicators(rows);
    }

    private static List<String> level1Names(Framework fw) {
        return fw.level1().stream().map(Level1::name).toList();
    }

    private static List<String> level2Names(Framework fw, String level1) {
        return fw.level1().stream()
                .filter(l -> l.name().equals(level1))
                .flatMap(l -> l.level2().stream())
                .map(Level2::name)
                .toList();
    }
}
