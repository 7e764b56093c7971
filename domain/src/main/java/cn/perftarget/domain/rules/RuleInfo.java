package cn.perftarget.domain.rules;

import cn.perftarget.domain.i18n.Message;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a rule is, for people and for the settings: its stable id, name, default severity, what it checks, an example
 * and its parameters. The texts are bundle keys ({@code rule.R01.name} …), written out in each rule.
 *
 * @param id              R01 … R32
 * @param defaultSeverity the severity of its main finding
 * @param name            e.g. 绩效目标占位
 * @param checks          what it checks
 * @param example         an example (the seed table where it happens when there is one)
 * @param severityNote    how severities are used when a rule has more than one (e.g. 12月底空为错误，其余为警告), or null
 * @param parameters      its thresholds and keyword lists with their defaults
 */
public record RuleInfo(
        String id,
        Severity defaultSeverity,
        Message name,
        Message checks,
        Message example,
        @Nullable Message severityNote,
        List<RuleParameter> parameters) {

    public RuleInfo {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /**
     * @param nameKey    e.g. {@code rule.R01.name}
     * @param checksKey  e.g. {@code rule.R01.checks}
     * @param exampleKey e.g. {@code rule.R01.example}
     */
    public static RuleInfo of(
            String id,
            Severity severity,
            String nameKey,
            String checksKey,
            String exampleKey,
            RuleParameter... parameters) {
        return new RuleInfo(
                id,
                severity,
                Message.of(nameKey),
                Message.of(checksKey),
                Message.of(exampleKey),
                null,
                List.of(parameters));
    }

    /** A copy with a note on how the rule uses more than one severity ({@code rule.R08.severityNote}). */
    public RuleInfo withSeverityNote(String noteKey) {
        return new RuleInfo(id, defaultSeverity, name, checks, example, Message.of(noteKey), parameters);
    }

    public Optional<Message> optionalSeverityNote() {
        return Optional.ofNullable(severityNote);
    }
}
