package cn.perftarget.domain.rules;

import static cn.perftarget.domain.rules.Seeds.assertFinding;
import static cn.perftarget.domain.rules.Seeds.assertNone;
import static cn.perftarget.domain.rules.Seeds.table;
import static cn.perftarget.domain.rules.Seeds.withCell;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.framework.FrameworkCatalog;
import cn.perftarget.domain.rules.validation.RuleCatalog;
import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.TargetTable;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A region's settings change what the rules report. */
class RuleSettingsTest {

    private static List<Finding> validate(RuleSettings s, String prefix, TargetTable t) {
        return new Validator(s, FrameworkCatalog.bundled()).validate(t, Seeds.context(prefix));
    }

    @Test
    void defaultsCoverAllThirtyTwoRules() {
        assertThat(RuleCatalog.infos().keySet()).hasSize(32).first().isEqualTo("R01");
        assertThat(Validator.defaults().rules()).hasSize(32);
        for (RuleInfo info : RuleCatalog.infos().values()) {
            assertThat(info.id()).matches("R\\d\\d");
            assertThat(Seeds.zh(info.name())).isNotBlank().doesNotStartWith("!");
            assertThat(Seeds.zh(info.checks())).isNotBlank().doesNotStartWith("!");
            assertThat(Seeds.zh(info.example())).isNotBlank().doesNotStartWith("!");
        }
    }

    @Test
    void aRuleCanBeSwitchedOff() {
        TargetTable t = table("001", "电梯维保费");
        assertFinding(
                validate(RuleSettings.defaults(), "001", t),
                "R24",
                Severity.WARNING,
                Location.row(3, IndicatorColumn.VALUE));
        List<Finding> off = validate(RuleSettings.defaults().disable("R24"), "001", t);
        assertNone(off, "R24");
        assertThat(new Validator(RuleSettings.defaults().disable("R24"), FrameworkCatalog.bundled()).rules())
                .hasSize(31);
    }

    @Test
    void severityOverrideReplacesTheDefaultSeverityOnly() {
        TargetTable t = table("004", "专项邮电费");
        List<Finding> fs = validate(RuleSettings.defaults().withSeverity("R29", Severity.WARNING), "004", t);
        assertFinding(fs, "R29", Severity.WARNING, Location.row(0, IndicatorColumn.BASIS));
        assertThat(Seeds.of(fs, "R29")).noneMatch(f -> f.severity() == Severity.ERROR);
        // R22's secondary INFO (万 → 万元) stays INFO when its ERROR becomes a WARNING
        List<Finding> cleaning =
                validate(RuleSettings.defaults().withSeverity("R22", Severity.WARNING), "004", table("004", "专项保洁费"));
        assertFinding(cleaning, "R22", Severity.INFO, Location.row(3, IndicatorColumn.VALUE));
    }

    @Test
    void thresholdsAreConfigurable() {
        TargetTable t = table("001", "劳务费"); // satisfaction ≥95%
        assertNone(validate(RuleSettings.defaults(), "001", t), "R28");
        RuleSettings strict = RuleSettings.defaults().withParameter("R28", "minPercent", new BigDecimal("96"));
        assertFinding(validate(strict, "001", t), "R28", Severity.WARNING, Location.row(6, IndicatorColumn.VALUE));
    }

    @Test
    void keywordListsAreConfigurable() {
        TargetTable t = table("004", "印刷费");
        assertFinding(
                validate(RuleSettings.defaults(), "004", t),
                "R27",
                Severity.WARNING,
                Location.row(1, IndicatorColumn.VALUE));
        RuleSettings noVague = RuleSettings.defaults().withParameter("R27", "vagueWords", List.of("不存在的用语"));
        List<Finding> fs = validate(noVague, "004", t);
        assertThat(Seeds.of(fs, "R27")).noneMatch(f -> f.location() instanceof Location.Row);
        // R21 reads R27's list: what R27 no longer calls vague, R21 reports as unreadable
        assertFinding(fs, "R21", Severity.WARNING, Location.row(1, IndicatorColumn.VALUE));
    }

    @Test
    void gradeListIsConfigurable() {
        TargetTable t = withCell(table("001", "劳务费"), 1, IndicatorColumn.VALUE, "很好");
        assertFinding(
                validate(RuleSettings.defaults(), "001", t),
                "R21",
                Severity.WARNING,
                Location.row(1, IndicatorColumn.VALUE));
        RuleSettings withGrade = RuleSettings.defaults().withGrades(List.of("很好", "好", "一般"));
        assertNone(validate(withGrade, "001", t), "R21");
    }
}
