package cn.perftarget.domain.rules.indicator;

import cn.perftarget.domain.framework.CategoryGroup;
import cn.perftarget.domain.framework.IndicatorKind;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.table.IndicatorColumn;
import java.util.EnumSet;
import java.util.Set;

/**
 * R14: the categories the framework requires (2015: 数量, 成本, 效益 → ERROR) and recommends (质量, 时效, 满意度 →
 * WARNING) each need at least one filled row. A template row with no 三级 name, or with a placeholder one (“无”),
 * does not count.
 */
public final class RequiredCategoriesRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
                    "R14",
                    Severity.ERROR,
                    "rule.R14.name",
                    "rule.R14.checks",
                    "rule.R14.example",
                    RuleParameter.words(
                            "placeholderNames", "rule.R14.param.placeholderNames", "无", "/", "-", "—", "暂无"))
            .withSeverityNote("rule.R14.severityNote");

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
            String name = t.key(i, IndicatorColumn.LEVEL3);
            if (kind != null && !name.isEmpty() && !placeholders.contains(name)) {
                present.add(kind);
            }
        }
        for (CategoryGroup g : t.framework().required()) {
            if (!intersects(present, g.kinds())) {
                out.report(
                        Severity.ERROR,
                        Location.INDICATORS,
                        Message.of("rule.R14.required", g.label(), t.framework().name()));
            }
        }
        for (CategoryGroup g : t.framework().recommended()) {
            if (!intersects(present, g.kinds())) {
                out.report(Severity.WARNING, Location.INDICATORS, Message.of("rule.R14.recommended", g.label()));
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
