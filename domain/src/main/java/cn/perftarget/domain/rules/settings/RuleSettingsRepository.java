package cn.perftarget.domain.rules.settings;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleSetting;
import cn.perftarget.domain.rules.RuleSettings;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.validation.RuleCatalog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the rule settings of each region (tables {@code rule_setting} and {@code rule_grade_setting}, V3).
 * Parameter values are checked against the rule's declared parameters: an unknown rule or key, or a value of the wrong
 * type, is refused ({@link InvalidRuleSettingException}).
 */
@Repository
public class RuleSettingsRepository {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public RuleSettingsRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The settings of a region; rules without a row, and a region without any, get the defaults. */
    public RuleSettings load(String regionCode) {
        Map<String, RuleSetting> rules = new HashMap<>();
        jdbc.query(
                "select rule_id, enabled, severity, parameters::text as parameters from rule_setting "
                        + "where region_code = ?",
                rs -> {
                    String id = rs.getString("rule_id");
                    RuleInfo info = RuleCatalog.infos().get(id);
                    if (info == null) {
                        return; // a rule that no longer exists
                    }
                    String sev = rs.getString("severity");
                    rules.put(
                            id,
                            new RuleSetting(
                                    rs.getBoolean("enabled"),
                                    sev == null ? null : Severity.valueOf(sev),
                                    typed(info, read(rs.getString("parameters"), MAP))));
                },
                regionCode);
        List<String> grades = jdbc
                .query(
                        "select grades::text from rule_grade_setting where region_code = ?",
                        (rs, i) -> read(rs.getString(1), LIST),
                        regionCode)
                .stream()
                .findFirst()
                .orElse(List.of());
        return new RuleSettings(regionCode, rules, grades);
    }

    /** Stores one rule's setting of a region (replacing the previous one). */
    public void saveRule(String regionCode, String ruleId, RuleSetting setting, String updatedBy) {
        RuleInfo info = RuleCatalog.infos().get(ruleId);
        if (info == null) {
            throw new InvalidRuleSettingException(Message.of("rule.setting.unknownRule", ruleId));
        }
        Map<String, Object> params = typed(info, setting.parameters());
        jdbc.update(
                """
                        insert into rule_setting (region_code, rule_id, enabled, severity, parameters, updated_by, updated_at)
                        values (?, ?, ?, ?, ?::jsonb, ?, now())
                        on conflict (region_code, rule_id) do update set enabled = excluded.enabled,
                            severity = excluded.severity, parameters = excluded.parameters,
                            updated_by = excluded.updated_by, updated_at = now()""",
                regionCode,
                ruleId,
                setting.enabled(),
                setting.severity() == null ? null : setting.severity().name(),
                write(params),
                updatedBy);
    }

    /** Back to the defaults for one rule of a region. */
    public void resetRule(String regionCode, String ruleId) {
        jdbc.update("delete from rule_setting where region_code = ? and rule_id = ?", regionCode, ruleId);
    }

    /** Stores all settings of a region: rules not in {@code settings} go back to their defaults. */
    @Transactional
    public void save(RuleSettings settings, String updatedBy) {
        String region = settings.regionCode();
        jdbc.update("delete from rule_setting where region_code = ?", region);
        settings.rules().forEach((id, s) -> saveRule(region, id, s, updatedBy));
        saveGrades(region, settings.grades(), updatedBy);
    }

    /** Stores a region's grade list (the default list removes the row). */
    public void saveGrades(String regionCode, List<String> grades, String updatedBy) {
        if (grades == null
                || grades.isEmpty()
                || grades.equals(RuleSettings.defaults().grades())) {
            jdbc.update("delete from rule_grade_setting where region_code = ?", regionCode);
            return;
        }
        jdbc.update("""
                        insert into rule_grade_setting (region_code, grades, updated_by, updated_at)
                        values (?, ?::jsonb, ?, now())
                        on conflict (region_code) do update set grades = excluded.grades,
                            updated_by = excluded.updated_by, updated_at = now()""", regionCode, write(grades), updatedBy);
    }

    /** At most this many words in a keyword list, each at most {@link #MAX_WORD} characters. */
    public static final int MAX_WORDS = 200;

    public static final int MAX_WORD = 50;

    /**
     * The settings checked and reduced to what differs from the defaults: every value of its declared type (or
     * refused with {@link InvalidRuleSettingException}, e.g. a word for a number, a negative number), a parameter equal
     * to its default left out, a rule left with the default setting (on, its own severity, default values) left out.
     */
    public static RuleSettings checked(RuleSettings settings) {
        Map<String, RuleSetting> out = new HashMap<>();
        settings.rules().forEach((id, s) -> {
            RuleInfo info = RuleCatalog.infos().get(id);
            if (info == null) {
                throw new InvalidRuleSettingException(Message.of("rule.setting.unknownRule", id));
            }
            Map<String, Object> params = new LinkedHashMap<>(typed(info, s.parameters()));
            for (RuleParameter p : info.parameters()) {
                Object value = params.get(p.key());
                if (value != null && sameAsDefault(p, value)) {
                    params.remove(p.key());
                }
            }
            RuleSetting setting = new RuleSetting(s.enabled(), s.severity(), params);
            if (!setting.equals(RuleSetting.DEFAULT)) {
                out.put(id, setting);
            }
        });
        return new RuleSettings(settings.regionCode(), out, settings.grades());
    }

    private static boolean sameAsDefault(RuleParameter p, Object value) {
        if (p.type() == RuleParameter.Type.NUMBER) {
            return ((BigDecimal) value).compareTo((BigDecimal) p.defaultValue()) == 0;
        }
        return value.equals(p.defaultValue());
    }

    /** The values converted to the declared types (numbers → BigDecimal, words → list of strings), or refused. */
    static Map<String, Object> typed(RuleInfo info, Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            RuleParameter p = info.parameters().stream()
                    .filter(x -> x.key().equals(key))
                    .findFirst()
                    .orElseThrow(() -> new InvalidRuleSettingException(
                            Message.of("rule.setting.unknownParameter", info.id(), key)));
            if (value == null) {
                return;
            }
            if (p.type() == RuleParameter.Type.NUMBER) {
                BigDecimal number;
                try {
                    number = value instanceof BigDecimal d
                            ? d
                            : new BigDecimal(value.toString().trim());
                } catch (NumberFormatException e) {
                    throw new InvalidRuleSettingException(
                            Message.of("rule.setting.notNumber", info.id(), key, String.valueOf(value)), e);
                }
                if (number.signum() < 0) {
                    throw new InvalidRuleSettingException(
                            Message.of("rule.setting.negative", info.id(), key, number.toPlainString()));
                }
                out.put(key, number);
            } else if (value instanceof List<?> list) {
                List<String> words = list.stream()
                        .map(String::valueOf)
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
                if (words.size() > MAX_WORDS || words.stream().anyMatch(w -> w.length() > MAX_WORD)) {
                    throw new InvalidRuleSettingException(
                            Message.of("rule.setting.tooManyWords", info.id(), key, MAX_WORDS, MAX_WORD));
                }
                out.put(key, words);
            } else {
                throw new InvalidRuleSettingException(
                        Message.of("rule.setting.notWords", info.id(), key, String.valueOf(value)));
            }
        });
        return out;
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rule setting cannot be read: " + text, e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
