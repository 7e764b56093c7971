package cn.perftarget.domain.rules;

import java.util.List;

/**
 * What a rule is, for people and for the settings: its stable id, Chinese name, default severity, what it checks, an
 * example and its parameters.
 *
 * @param id              R01 … R32
 * @param name            Chinese name
 * @param defaultSeverity the severity of its main finding
 * @param severityNote    how severities are used when a rule has more than one (e.g. 12月底空为错误，其余为警告); may be ""
 * @param checks          what it checks (Chinese)
 * @param example         an example (Chinese; the seed table where it happens when there is one)
 * @param parameters      its thresholds and keyword lists with their defaults
 */
public record RuleInfo(String id, String name, Severity defaultSeverity, String severityNote, String checks,
                       String example, List<RuleParameter> parameters) {

    public RuleInfo {
        severityNote = severityNote == null ? "" : severityNote;
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    public static RuleInfo of(String id, String name, Severity severity, String checks, String example,
                              RuleParameter... parameters) {
        return new RuleInfo(id, name, severity, "", checks, example, List.of(parameters));
    }

    /** A copy with a note on how the rule uses more than one severity. */
    public RuleInfo withSeverityNote(String note) {
        return new RuleInfo(id, name, defaultSeverity, note, checks, example, parameters);
    }
}
