package cn.perftarget.domain.rules.doc;

import cn.perftarget.domain.rules.GradeSuggestion;
import cn.perftarget.domain.rules.RuleCatalog;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.Severity;

import java.util.Collection;
import java.util.TreeSet;

/**
 * Generates the rules reference page ({@code docs/rules.md}) from the rule classes: id, name, severity, what each
 * checks, its example and its parameters. A test keeps the checked-in page equal to this output.
 */
public final class RulesReference {

    /** The command that regenerates the page, run from the repository root. */
    public static final String REGENERATE =
            "./mvnw -q -pl domain compile exec:java -Dexec.args=\"rules-doc docs/rules.md\"";

    private RulesReference() {
    }

    public static String markdown() {
        return markdown(RuleCatalog.infos().values());
    }

    static String markdown(Collection<RuleInfo> rules) {
        StringBuilder b = new StringBuilder();
        b.append("# 预审规则参考（形式审核 + 内容审核）\n\n");
        b.append("> 本页由 `cn.perftarget.domain.rules.doc.RulesReference` 根据规则类生成，请勿手工修改。\n");
        b.append("> 重新生成（在仓库根目录）：`").append(REGENERATE).append("`\n\n");
        b.append("严重程度：**错误**（ERROR）阻止提交；**警告**（WARNING）允许提交，但两级审核人都会看到，")
                .append("未处理的警告是评为“中”（退回修改）的依据；**提示**（INFO）是建议，常附一键修正。")
                .append("各规则的开关、严重程度、阈值和关键词可按区划配置，下表为默认值。\n\n");
        b.append("建议评级：没有任何问题为“优”；只有提示，或只有文字层面的警告（")
                .append(String.join("、", new TreeSet<>(GradeSuggestion.TEXT_LEVEL_RULES)))
                .append("）为“良”；有其他警告或任何错误为“中”。\n\n");
        b.append("| 编号 | 名称 | 默认严重程度 | 检查内容 |\n|---|---|---|---|\n");
        for (RuleInfo r : rules) {
            b.append("| ").append(r.id()).append(" | ").append(r.name()).append(" | ").append(severity(r))
                    .append(" | ").append(cell(r.checks())).append(" |\n");
        }
        for (RuleInfo r : rules) {
            b.append("\n## ").append(r.id()).append(' ').append(r.name()).append("\n\n");
            b.append("- 默认严重程度：").append(severity(r)).append('\n');
            b.append("- 检查：").append(r.checks()).append('\n');
            b.append("- 示例：").append(r.example()).append('\n');
            if (r.parameters().isEmpty()) {
                b.append("- 参数：无\n");
            } else {
                b.append("- 参数：\n");
                for (RuleParameter p : r.parameters()) {
                    b.append("  - `").append(p.key()).append("` ").append(p.label()).append("，默认：")
                            .append(p.defaultText()).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static String severity(RuleInfo r) {
        String s = label(r.defaultSeverity()) + "（" + r.defaultSeverity().name() + "）";
        return r.severityNote().isEmpty() ? s : s + "；" + r.severityNote();
    }

    private static String label(Severity s) {
        return s.label();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
