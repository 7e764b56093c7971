package cn.perftarget.domain.rules.indicator;

import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.IndicatorColumn;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorRow;

import java.util.Set;

/**
 * R16: a filled row whose 三级 name is a placeholder: empty, “无”, its own 二级 name, or “XX要求” (数量要求, 质量要求 …).
 */
public final class Level3PlaceholderRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("R16", "三级指标占位", Severity.ERROR,
            "三级指标名称为空、为“无”、与其二级指标名称相同，或是“数量要求”“质量要求”这类“XX要求”的模板文字。",
            "002：信息化服务建设专项的三级指标是“数量要求”“质量要求”……；企业服务中心工作专项有三级指标“无”。",
            RuleParameter.words("placeholderNames", "占位名称", "无", "/", "-", "—", "暂无", "XX", "xx", "其他"),
            RuleParameter.words("categoryWords", "“XX要求”中的类别词", "数量", "质量", "时效", "成本", "效益",
                    "经济效益", "社会效益", "生态效益", "可持续", "可持续影响", "满意度", "产出"));

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
            String problem = null;
            if (name.isEmpty()) {
                problem = "三级指标名称空着";
            } else if (placeholders.contains(name)) {
                problem = "三级指标名称是“" + row.level3().strip() + "”";
            } else if (sameAsCategory(name, t.key(i, IndicatorColumn.LEVEL2))) {
                problem = "三级指标名称“" + row.level3().strip() + "”与二级指标相同";
            } else if (isRequirementTemplate(name, t.key(i, IndicatorColumn.LEVEL2))) {
                problem = "三级指标名称“" + row.level3().strip() + "”是模板文字";
            }
            if (problem != null) {
                out.report(Severity.ERROR, Location.row(i, IndicatorColumn.LEVEL3),
                        problem + "。请写出具体衡量什么，如数量指标写“办理审批事项数量”、质量指标写“审批结果准确率”。");
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
