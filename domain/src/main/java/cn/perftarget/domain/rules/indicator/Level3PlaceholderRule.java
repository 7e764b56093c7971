package cn.perftarget.domain.rules.indicator;

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
import cn.perftarget.domain.table.IndicatorRow;
import java.util.Set;

/**
 * R16: a filled row whose 三级 name is a placeholder: empty, “无”, its own 二级 name, or “XX要求” (数量要求, 质量要求 …).
 */
public final class Level3PlaceholderRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
            "R16",
            Severity.ERROR,
            "rule.R16.name",
            "rule.R16.checks",
            "rule.R16.example",
            RuleParameter.words(
                    "placeholderNames", "rule.R16.param.placeholderNames", "无", "/", "-", "—", "暂无", "XX", "xx", "其他"),
            RuleParameter.words(
                    "categoryWords",
                    "rule.R16.param.categoryWords",
                    "数量",
                    "质量",
                    "时效",
                    "成本",
                    "效益",
                    "经济效益",
                    "社会效益",
                    "生态效益",
                    "可持续",
                    "可持续影响",
                    "满意度",
                    "产出"));

    private final Set<String> placeholders;
    private final String[] categoryWords;

    public Level3PlaceholderRule(RuleParameters p) {
        this.placeholders = Set.copyOf(p.words("placeholderNames"));
        this.categoryWords = p.wordArray("categoryWords");
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        for (int i = 0; i < t.rowCount(); i++) {
            if (!t.isFilled(i)) {
                continue;
            }
            IndicatorRow row = t.row(i);
            String name = t.key(i, IndicatorColumn.LEVEL3);
            Message problem = null;
            if (name.isEmpty()) {
                problem = Message.of("rule.R16.blank");
            } else if (placeholders.contains(name)) {
                problem = Message.of("rule.R16.placeholder", row.level3().strip());
            } else if (sameAsCategory(name, t.key(i, IndicatorColumn.LEVEL2))) {
                problem = Message.of("rule.R16.sameAsCategory", row.level3().strip());
            } else if (isRequirementTemplate(name, t.key(i, IndicatorColumn.LEVEL2))) {
                problem = Message.of("rule.R16.template", row.level3().strip());
            }
            if (problem != null) {
                out.report(
                        Severity.ERROR,
                        Location.row(i, IndicatorColumn.LEVEL3),
                        Message.of("rule.R16.problem", problem));
            }
        }
    }

    /** Equal, ignoring a trailing 指标 on either side. */
    private static boolean sameAsCategory(String name, String level2) {
        if (level2.isEmpty()) {
            return false;
        }
        int n = coreLength(name);
        int l = coreLength(level2);
        return n == l && name.regionMatches(0, level2, 0, n);
    }

    private static int coreLength(String s) {
        return s.endsWith("指标") && s.length() > 2 ? s.length() - 2 : s.length();
    }

    /** “数量要求”, “可持续影要求”: a category word (or the start of the 二级 name) followed by 要求. */
    private boolean isRequirementTemplate(String name, String level2) {
        if (!name.endsWith("要求") || name.length() <= 2) {
            return false;
        }
        String head = name.substring(0, name.length() - 2);
        if (!level2.isEmpty() && level2.startsWith(head)) {
            return true;
        }
        for (String w : categoryWords) {
            if (head.equals(w)) {
                return true;
            }
        }
        return false;
    }
}
