package cn.perftarget.domain.rules;

import cn.perftarget.domain.i18n.Message;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One defect found by a rule.
 *
 * @param ruleId   the stable rule id, R01 … R32
 * @param severity the effective severity (after the region's settings)
 * @param message  what is wrong and how to fix it (a bundle key with the data it quotes)
 * @param location the field, plan, indicator row or department item concerned
 * @param fix      a one-click correction, or null
 */
public record Finding(
        String ruleId,
        Severity severity,
        Message message,
        Location location,
        @Nullable Fix fix) {

    public Optional<Fix> optionalFix() {
        return Optional.ofNullable(fix);
    }

    public boolean hasFix() {
        return fix != null;
    }

    @Override
    public String toString() {
        return ruleId + " " + severity + " [" + location + "] " + message;
    }
}
