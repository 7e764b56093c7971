package cn.perftarget.domain.rules.indicatorvalue;

import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.IndicatorColumn;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.TableField;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorRow;

/**
 * R29: every filled row needs a 指标值确定依据 (blank → ERROR); a basis that repeats the indicator name, or one generic
 * basis on every row, is worth a note (INFO).
 */
public final class BasisPresentRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("R29", "指标值确定依据", Severity.ERROR,
            "指标值确定依据空着为错误；依据与三级指标名称相同，或所有行都用同一句笼统的依据（如“实际工作需要”）为提示。",
            "004：专项邮电费所有行的依据都空着；大多数表每行都写“实际工作需要”。",
            RuleParameter.number("minRowsForGeneric", "判断“每行同一依据”的最少行数", "3"))
            .withSeverityNote("依据空着为错误；与名称相同或每行相同为提示");

    private final int minRows;

    public BasisPresentRule(RuleParameters p) {
        this.minRows = p.number("minRowsForGeneric").intValue();
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        String common = null;
        int filled = 0;
        boolean allSame = true;
        for (int i = 0; i < t.rowCount(); i++) {
            if (!t.isFilled(i)) {
                continue;
            }
            IndicatorRow row = t.row(i);
            String basis = t.key(i, IndicatorColumn.BASIS);
            Location at = Location.row(i, IndicatorColumn.BASIS);
            filled++;
            if (basis.isEmpty()) {
                allSame = false;
                out.report(Severity.ERROR, at, "指标“" + row.level3().strip() + "”没有填写指标值确定依据。"
                        + "请写明目标值从何而来，如“上年完成XX件”“《XX办法》规定”“合同约定”。");
                continue;
            }
            if (basis.equals(t.key(i, IndicatorColumn.LEVEL3))) {
                out.report(Severity.INFO, at, "指标值确定依据与指标名称相同" + Texts.quote(row.basis(), 20)
                        + "，没有说明依据。请写明历史数据、标准或计划来源。");
            }
            if (common == null) {
                common = basis;
            } else if (!common.equals(basis)) {
                allSame = false;
            }
        }
        if (allSame && common != null && filled >= minRows) {
            out.report(Severity.INFO, Location.field(TableField.INDICATORS),
                    "全部" + filled + "行指标的确定依据都是同一句“" + common + "”，过于笼统。"
                            + "请按每个指标写明依据，如历史数据、行业标准、计划或合同。");
        }
    }
}
