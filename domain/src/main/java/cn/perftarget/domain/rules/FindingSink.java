package cn.perftarget.domain.rules;

import cn.perftarget.domain.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the findings of one validation. The validator tells it which rule is reporting ({@link #begin}); a
 * region's severity override replaces the rule's default severity (findings a rule makes at another, secondary
 * severity keep theirs).
 */
public final class FindingSink {

    private final List<Finding> findings = new ArrayList<>();
    private @Nullable String ruleId;
    private @Nullable Severity defaultSeverity;
    private @Nullable Severity override;

    /**
     * Called by the validator before each rule: the rule's id, default severity and the region's override (null
     * keeps the default).
     */
    public void begin(String id, Severity ruleDefault, @Nullable Severity severityOverride) {
        this.ruleId = id;
        this.defaultSeverity = ruleDefault;
        this.override = severityOverride;
    }

    public void report(Severity severity, Location location, Message message) {
        report(severity, location, message, null);
    }

    /** @param fix a one-click correction, or null */
    public void report(Severity severity, Location location, Message message, @Nullable Fix fix) {
        String rule = ruleId;
        if (rule == null) {
            throw new IllegalStateException("a finding reported before begin()");
        }
        Severity effective = override != null && severity == defaultSeverity ? override : severity;
        findings.add(new Finding(rule, effective, message, location, fix));
    }

    /** The findings reported so far, in order. */
    public List<Finding> findings() {
        return findings;
    }
}
