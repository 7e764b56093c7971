package cn.perftarget.domain.rules.validation;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.Severity;
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
 * @param reasons a headline, then one line per rule that decided it (e.g. “R14 指标类别缺失：错误1项”)
 */
public record GradeSuggestion(SuggestedGrade grade, List<Message> reasons) {

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
            return new GradeSuggestion(SuggestedGrade.FAIR, reasons(decisive, Message.of("grade.reason.fair")));
        }
        if (!minor.isEmpty()) {
            return new GradeSuggestion(SuggestedGrade.GOOD, reasons(minor, Message.of("grade.reason.good")));
        }
        return new GradeSuggestion(SuggestedGrade.EXCELLENT, List.of(Message.of("grade.reason.excellent")));
    }

    private static List<Message> reasons(Map<String, int[]> byRule, Message headline) {
        List<Message> out = new ArrayList<>();
        out.add(headline);
        Map<String, RuleInfo> infos = RuleCatalog.infos();
        byRule.forEach((id, c) -> {
            List<Message> counts = new ArrayList<>();
            for (Severity s : Severity.values()) {
                if (c[s.ordinal()] > 0) {
                    counts.add(count(s, c[s.ordinal()]));
                }
            }
            Message all = switch (counts.size()) {
                case 1 -> counts.get(0);
                case 2 -> Message.of("grade.reason.counts2", counts.get(0), counts.get(1));
                default -> Message.of("grade.reason.counts3", counts.get(0), counts.get(1), counts.get(2));
            };
            RuleInfo info = infos.get(id);
            out.add(
                    info == null
                            ? Message.of("grade.reason.unknownRule", id, all)
                            : Message.of("grade.reason.rule", id, info.name(), all));
        });
        return out;
    }

    /** 错误2项 / 2 errors. */
    static Message count(Severity severity, int n) {
        return switch (severity) {
            case ERROR -> Message.of("grade.reason.errors", n);
            case WARNING -> Message.of("grade.reason.warnings", n);
            case INFO -> Message.of("grade.reason.infos", n);
        };
    }
}
