package cn.perftarget.domain.rules.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.SeedDocuments;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.RuleSetting;
import cn.perftarget.domain.rules.RuleSettings;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.rules.validation.DocumentValidation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rule settings stored per region in the real (embedded) PostgreSQL, migrated by Flyway (V3). */
@SpringBootTest
class RuleSettingsRepositoryTest {

    @Autowired
    RuleSettingsRepository repository;

    @Autowired
    RegionValidators validators;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FrameworkYearRepository frameworkYears;

    private static String newRegion() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aRegionWithoutSettingsGetsTheDefaults() {
        RuleSettings s = repository.load(newRegion());
        assertThat(s.rules()).isEmpty();
        assertThat(s.grades()).isEqualTo(RuleSettings.defaults().grades());
        assertThat(s.forRule("R27").enabled()).isTrue();
    }

    @Test
    void settingsRoundTrip() {
        String region = newRegion();
        RuleSettings settings = RuleSettings.defaults()
                .withSeverity("R29", Severity.WARNING)
                .disable("R24")
                .withParameter("R28", "minPercent", new BigDecimal("85"))
                .withParameter("R27", "vagueWords", List.of("显著提升", "持续提升"))
                .withGrades(List.of("满意", "基本满意", "不满意"));
        repository.save(new RuleSettings(region, settings.rules(), settings.grades()), "管理员");

        RuleSettings loaded = repository.load(region);
        assertThat(loaded.regionCode()).isEqualTo(region);
        assertThat(loaded.forRule("R29").severity()).isEqualTo(Severity.WARNING);
        assertThat(loaded.forRule("R24").enabled()).isFalse();
        assertThat(loaded.forRule("R28").parameters().get("minPercent")).isEqualTo(new BigDecimal("85"));
        assertThat(loaded.forRule("R27").parameters().get("vagueWords")).isEqualTo(List.of("显著提升", "持续提升"));
        assertThat(loaded.grades()).containsExactly("满意", "基本满意", "不满意");
        assertThat(jdbc.queryForObject(
                        "select updated_by from rule_setting where region_code = ? and rule_id = 'R29'",
                        String.class,
                        region))
                .isEqualTo("管理员");

        // saving again replaces: R24 back to the default, grades back to the default list
        repository.save(new RuleSettings(region, Map.of("R29", loaded.forRule("R29")), null), "管理员");
        RuleSettings again = repository.load(region);
        assertThat(again.rules()).containsOnlyKeys("R29");
        assertThat(again.grades()).isEqualTo(RuleSettings.defaults().grades());
    }

    @Test
    void unknownRulesKeysAndWrongTypesAreRefused() {
        String region = newRegion();
        assertThatThrownBy(() -> repository.saveRule(region, "R99", RuleSetting.DEFAULT, "管理员"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("R99");
        assertThatThrownBy(() ->
                        repository.saveRule(region, "R28", new RuleSetting(true, null, Map.of("noSuchKey", 1)), "管理员"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("noSuchKey");
        assertThatThrownBy(() -> repository.saveRule(
                        region, "R28", new RuleSetting(true, null, Map.of("minPercent", "八十")), "管理员"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> repository.saveRule(
                        region, "R27", new RuleSetting(true, null, Map.of("vagueWords", "显著提升")), "管理员"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.load(region).rules()).isEmpty();
    }

    @Test
    void theDatabaseRefusesBadRows() {
        assertThatThrownBy(() -> jdbc.update(
                        "insert into rule_setting (region_code, rule_id, severity) values ('X', 'R01', 'FATAL')"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into rule_setting (region_code, rule_id) values ('X', 'Rule1')"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void regionValidatorsFollowTheStoredSettings() {
        String region = newRegion();
        ImportedDocument doc = SeedDocuments.load(SeedDocuments.resource("004"));
        ValidationContext ctx = DocumentValidation.contextOf(doc).withRegion(region);
        var postage = doc.tables().stream()
                .filter(t -> t.projectName().equals("专项邮电费"))
                .findFirst()
                .orElseThrow();

        List<Finding> before = validators.forRegion(region).validate(postage, ctx);
        assertThat(before).anyMatch(f -> f.ruleId().equals("R29") && f.severity() == Severity.ERROR);

        validators.saveRule(region, "R29", new RuleSetting(false, null, Map.of()), "管理员");
        List<Finding> after = validators.forRegion(region).validate(postage, ctx);
        assertThat(after).noneMatch(f -> f.ruleId().equals("R29"));

        validators.resetRule(region, "R29");
        assertThat(validators.forRegion(region).validate(postage, ctx))
                .anyMatch(f -> f.ruleId().equals("R29"));
    }

    @Test
    void aChangeMadeOnAnotherNodeAppliesWithoutARestart() {
        String region = newRegion();
        ImportedDocument doc = SeedDocuments.load(SeedDocuments.resource("004"));
        ValidationContext ctx = DocumentValidation.contextOf(doc).withRegion(region);
        var postage = doc.tables().stream()
                .filter(t -> t.projectName().equals("专项邮电费"))
                .findFirst()
                .orElseThrow();
        // a second node on the same database, with a validator of the region kept
        RegionValidators otherNode = new RegionValidators(
                repository,
                frameworkYears,
                new SettingsVersions(jdbc),
                cn.perftarget.domain.framework.FrameworkCatalog.bundled(),
                java.time.Duration.ZERO);
        assertThat(otherNode.forRegion(region).validate(postage, ctx))
                .anyMatch(f -> f.ruleId().equals("R29"));

        validators.saveRule(region, "R29", new RuleSetting(false, null, Map.of()), "管理员");
        assertThat(otherNode.forRegion(region).validate(postage, ctx))
                .noneMatch(f -> f.ruleId().equals("R29"));

        validators.resetRule(region, "R29");
        assertThat(otherNode.forRegion(region).validate(postage, ctx))
                .anyMatch(f -> f.ruleId().equals("R29"));
    }
}
