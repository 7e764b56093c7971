package cn.perftarget.domain.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grade suggested from the findings (validation-rules.md): no findings → 优; only INFO findings or text-level
 * WARNINGs (R02 goal items repeated, R19 name vs description, R29 basis, R32 text hygiene) → 良, the reviewer can
 * correct those in place; any other WARNING → 中; any ERROR → 中 as well.
 *
 * @param grade   the suggestion
 * @param reasons Chinese, one per rule that decided it (e.g. “R14 指标类别缺失：错误1项”)
 */
public record GradeSuggestion(SuggestedGrade grade, List<String> reasons) {

    /** Warnings about wording that the reviewer can correct in place. */
    public static final Set<String> TEXT_LEVEL_RULES = Set.of("R02", "R19", "R29", "R32");

    public GradeSuggestion {
        reasons = List.copyOf(reasons);
    }

    public static GradeSuggestion from(List<Finding> findings) {
        Map<String, int[]> decisive = new LinkedHashMap<>();
        Map<String, int[]> minor = new LinkedHashMap<>();
        for (Finding f : findings) {
            boolean blocking = f.severity() == Severity.ERROR
                    || (f.severity() == Severity.WARNING && !TEXT_LEVEL_RULES.contains(f.ruleId()));
            int[] counts = (blocking ? decisive : minor).computeIfAbsent(f.ruleId(), k -> new int[3]);
            counts[f.severity().ordinal()]++;
        }
        if (!decisive.isEmpty()) {
            return new GradeSuggestion(SuggestedGrade.FAIR, reasons(decisive, "建议退回修改（中）"));
        }
        if (!minor.isEmpty()) {
            return new GradeSuggestion(SuggestedGrade.GOOD, reasons(minor, "可由审核人协商修改（良）"));
        }
        return new GradeSuggestion(SuggestedGrade.EXCELLENT, List.of("未发现问题（优）"));
    }

    private static List<String> reasons(Map<String, int[]> byRule, String headline) {
        List<String> out = new ArrayList<>();
        out.add(headline);
        Map<String, RuleInfo> infos = RuleCatalog.infos();
        byRule.forEach((id, c) -> {
            StringBuilder b = new StringBuilder(id);
            RuleInfo info = infos.get(id);
            if (info != null) {
                b.append(' ').append(info.name());
            }
            b.append('：');
            String sep = "";
            for (Severity s : Severity.values()) {
                if (c[s.ordinal()] > 0) {
                    b.append(sep).append(s.label()).append(c[s.ordinal()]).append("项");
                    sep = "，";
                }
            }
            out.add(b.toString());
        });
        return out;
    }
}
