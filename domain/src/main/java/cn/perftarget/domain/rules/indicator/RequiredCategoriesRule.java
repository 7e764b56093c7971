package cn.perftarget.domain.rules.indicator;

import cn.perftarget.domain.framework.CategoryGroup;
import cn.perftarget.domain.framework.IndicatorKind;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.TableField;
import cn.perftarget.domain.rules.text.Texts;

import java.util.EnumSet;
import java.util.Set;

/**
 * R14: the categories the framework requires (2015: 数量, 成本, 效益 → ERROR) and recommends (质量, 时效, 满意度 →
 * WARNING) each need at least one filled row. A template row with no 三级 name, or with a placeholder one (“无”),
 * does not count.
 */
public final class RequiredCategoriesRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("R14", "指标类别缺失", Severity.ERROR,
            "按适用的指标体系，至少要有数量、成本、效益指标各一条（缺少为错误）；质量、时效、满意度指标缺少为警告。"
                    + "只有二级指标、没有三级指标（或三级指标为“无”）的行不算。",
            "000：公共资源交易中心工作没有时效指标和成本指标；004：档案整理费没有成本指标。",
            RuleParameter.words("placeholderNames", "不算作指标的三级名称", "无", "/", "-", "—", "暂无"))
            .withSeverityNote("必备类别（数量、成本、效益）缺少为错误；质量、时效、满意度缺少为警告");

    private final Set<String> placeholders;

    public RequiredCategoriesRule(RuleParameters p) {
        this.placeholders = Set.copyOf(p.words("placeholderNames"));
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        Set<IndicatorKind> present = EnumSet.noneOf(IndicatorKind.class);
        for (int i = 0; i < t.rowCount(); i++) {
            IndicatorKind kind = t.kind(i);
            String name = t.key(i, cn.perftarget.domain.rules.IndicatorColumn.LEVEL3);
            if (kind != null && !name.isEmpty() && !placeholders.contains(name)) {
                present.add(kind);
            }
        }
        for (CategoryGroup g : t.framework().required()) {
            if (!intersects(present, g.kinds())) {
                out.report(Severity.ERROR, Location.field(TableField.INDICATORS),
                        "缺少" + g.label() + "。按" + t.framework().name() + "，每张表至少要有一条" + g.label()
                                + "（写明三级指标、指标值和依据）。");
            }
        }
        for (CategoryGroup g : t.framework().recommended()) {
            if (!intersects(present, g.kinds())) {
                out.report(Severity.WARNING, Location.field(TableField.INDICATORS),
                        "缺少" + g.label() + "。请补充至少一条" + g.label() + "，或在说明中写明该项目不适用的理由。");
            }
        }
    }

    private static boolean intersects(Set<IndicatorKind> present, Set<IndicatorKind> kinds) {
        for (IndicatorKind k : kinds) {
            if (present.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
