package cn.perftarget.workflow.admin.settings;

import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleSetting;
import cn.perftarget.domain.rules.RuleSettings;
import cn.perftarget.domain.rules.settings.InvalidRuleSettingException;
import cn.perftarget.domain.rules.settings.RegionValidators;
import cn.perftarget.domain.rules.settings.RuleSettingsRepository;
import cn.perftarget.domain.rules.validation.RuleCatalog;
import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.AdminRegion;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.security.SecurityAudit;
import cn.perftarget.workflow.security.ServiceGate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 预审规则 of a region: each rule on or off, its severity (or the rule's own), the values of its thresholds and
 * keyword lists. {@link #preview} says of how many open tables of the region (not 已批复, not 不予安排) the findings
 * would change — every open table validated with the settings in force and with the proposed ones — before
 * {@link #save} stores them; from then on every validation of the region's tables (editor, review, submission, the
 * region list's rule filter of the open tables) uses them. Wrong values (a word for a number, a negative number) are
 * refused with nothing stored.
 */
@Service
public class RuleSettingsAdministration {

    private final ServiceGate gate;
    private final RegionValidators validators;
    private final RuleImpact impact;
    private final SecurityAudit audit;

    RuleSettingsAdministration(ServiceGate gate, RegionValidators validators, RuleImpact impact, SecurityAudit audit) {
        this.gate = gate;
        this.validators = validators;
        this.impact = impact;
        this.audit = audit;
    }

    /** Every rule, in id order, with the region's setting. */
    @Transactional(readOnly = true)
    public List<RuleRow> rules(AppUser admin, String region) {
        return gate.enter(admin, ServiceAction.READ_REGION_SETTINGS, "region:" + region, by -> {
            RuleSettings settings = validators.settings(AdminRegion.requireRegion(by, region));
            return RuleCatalog.infos().values().stream()
                    .map(info -> new RuleRow(info, settings.forRule(info.id())))
                    .toList();
        });
    }

    /**
     * Of how many open tables of the region the findings would change with these settings (rules left out keep the
     * defaults); nothing stored. {@code progress} is told after every table.
     */
    @Transactional(readOnly = true)
    public Impact preview(AppUser admin, String region, Map<String, RuleSetting> proposed, ImpactProgress progress) {
        return gate.enter(admin, ServiceAction.SAVE_RULE_SETTINGS, "region:" + region, by -> {
            AdminRegion.requireRegion(by, region);
            RuleSettings next = checked(region, proposed);
            return impact.count(region, validators.forRegion(region), validators.withSettings(next), progress);
        });
    }

    /**
     * Stores the region's rule settings (rules left out go back to their defaults), each changed rule in the security
     * log with old → new.
     *
     * @return of how many open tables the findings changed
     */
    @Transactional
    public Impact save(AppUser admin, String region, Map<String, RuleSetting> proposed) {
        return gate.enter(admin, ServiceAction.SAVE_RULE_SETTINGS, "region:" + region, by -> {
            AdminRegion.requireRegion(by, region);
            RuleSettings next = checked(region, proposed);
            RuleSettings before = validators.settings(region);
            Validator current = validators.forRegion(region);
            Impact result = impact.countAndIndex(region, current, validators.withSettings(next));
            validators.save(next, by.username());
            TreeSet<String> ids = new TreeSet<>(before.rules().keySet());
            ids.addAll(next.rules().keySet());
            for (String id : ids) {
                RuleSetting old = before.forRule(id);
                RuleSetting now = next.forRule(id);
                if (!old.equals(now)) {
                    audit.success(
                            SecurityEventType.ADMINISTRATION,
                            by.username(),
                            "rule:" + region + ":" + id,
                            SettingsDetails.RULE + " " + id + " " + text(old) + " -> " + text(now) + " ("
                                    + result.changed() + ")");
                }
            }
            return result;
        });
    }

    private RuleSettings checked(String region, Map<String, RuleSetting> proposed) {
        try {
            return RuleSettingsRepository.checked(new RuleSettings(
                    region, proposed, validators.settings(region).grades()));
        } catch (InvalidRuleSettingException e) {
            throw new InvalidInputException(InvalidInputException.Input.OTHER, e.message());
        }
    }

    private static String text(RuleSetting s) {
        return (s.enabled() ? "on" : "off") + " " + Objects.requireNonNullElse(s.severity(), "default") + " "
                + s.parameters();
    }

    /** The rule's description, for a caller that has only the id. */
    public static RuleInfo info(String ruleId) {
        return Objects.requireNonNull(RuleCatalog.infos().get(ruleId), ruleId);
    }
}
