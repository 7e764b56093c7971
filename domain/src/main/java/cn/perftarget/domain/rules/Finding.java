package cn.perftarget.domain.rules;

import java.util.Optional;

/**
 * One defect found by a rule.
 *
 * @param ruleId   the stable rule id, R01 … R32
 * @param severity the effective severity (after the region's settings)
 * @param message  Chinese: what is wrong and how to fix it
 * @param location the field or indicator row concerned
 * @param fix      a one-click correction, or null
 */
public record Finding(String ruleId, Severity severity, String message, Location location, Fix fix) {

    public Optional<Fix> optionalFix() {
        return Optional.ofNullable(fix);
    }

    public boolean hasFix() {
        return fix != null;
    }

    @Override
    public String toString() {
        return ruleId + " " + severity + " [" + location.describe() + "] " + message;
    }
}
