package cn.perftarget.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.framework.FrameworkCatalog;
import cn.perftarget.domain.rules.validation.RuleCatalog;
import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules that compare a table with the other tables of its context say so ({@link Rule#readsOtherTables()}): the
 * submission check reads the unit's other tables only when such a rule can refuse (report an ERROR). On every table of
 * the real seed documents, every rule that does not say so finds the same with its document as context and alone.
 */
class CrossTableRulesTest {

    private static final List<String> SEEDS = List.of("000", "001", "002", "004");

    @Test
    void aRuleThatDoesNotReadOtherTablesFindsTheSameWithAndWithoutThem() {
        Validator validator = Validator.defaults();
        List<String> cross = new ArrayList<>();
        int compared = 0;
        for (Rule rule : validator.rules()) {
            if (rule.readsOtherTables()) {
                cross.add(rule.info().id());
            }
        }
        List<String> differing = new ArrayList<>();
        for (String seed : SEEDS) {
            ValidationContext withOthers = Seeds.context(seed);
            for (TargetTable t : Seeds.doc(seed).tables()) {
                List<Finding> inDocument = validator.validate(t, withOthers);
                List<Finding> alone = validator.validate(t, ValidationContext.empty());
                for (Rule rule : validator.rules()) {
                    String id = rule.info().id();
                    if (cross.contains(id)) {
                        continue;
                    }
                    compared++;
                    // as the findings read (rule, severity, location, message and its arguments)
                    if (!texts(Seeds.of(inDocument, id)).equals(texts(Seeds.of(alone, id)))) {
                        differing.add(seed + " " + t.projectName() + " " + id);
                    }
                }
            }
        }
        assertThat(differing).isEmpty();
        assertThat(compared).isGreaterThan(100);
        assertThat(cross).containsExactlyInAnyOrder("R03", "R04", "R12", "R31");
    }

    @Test
    void theRulesComparingTablesFindSomethingOnlyWithTheOtherTables() {
        List<String> found = new ArrayList<>();
        for (String seed : SEEDS) {
            ValidationContext withOthers = Seeds.context(seed);
            for (TargetTable t : Seeds.doc(seed).tables()) {
                for (Finding f : Validator.defaults().validate(t, withOthers)) {
                    if (List.of("R03", "R04", "R12").contains(f.ruleId())) {
                        found.add(f.ruleId());
                    }
                }
                assertThat(Validator.defaults().validate(t, ValidationContext.empty()))
                        .noneMatch(f -> List.of("R03", "R04").contains(f.ruleId()));
            }
        }
        assertThat(found).as("the seeds have copied goals or purposes").isNotEmpty();
    }

    @Test
    void otherTablesMatterForErrorsOnlyWhenARegionRaisesACrossTableRuleToError() {
        assertThat(Validator.defaults().otherTablesCanReportErrors()).isFalse();
        for (String id : List.of("R03", "R04", "R12", "R31")) {
            assertThat(validator(RuleSettings.defaults().withSeverity(id, Severity.ERROR))
                            .otherTablesCanReportErrors())
                    .as(id + " raised to ERROR")
                    .isTrue();
            assertThat(validator(RuleSettings.defaults()
                                    .withSeverity(id, Severity.ERROR)
                                    .disable(id))
                            .otherTablesCanReportErrors())
                    .as(id + " raised to ERROR and disabled")
                    .isFalse();
        }
        assertThat(validator(RuleSettings.defaults().withSeverity("R01", Severity.ERROR))
                        .otherTablesCanReportErrors())
                .as("a rule of the table alone")
                .isFalse();
        assertThat(RuleCatalog.infos()).containsKeys("R03", "R04", "R12", "R31");
    }

    private static List<String> texts(List<Finding> findings) {
        return findings.stream().map(Finding::toString).toList();
    }

    private static Validator validator(RuleSettings settings) {
        return new Validator(settings, FrameworkCatalog.bundled());
    }
}
