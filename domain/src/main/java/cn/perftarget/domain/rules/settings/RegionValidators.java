package cn.perftarget.domain.rules.settings;

import cn.perftarget.domain.framework.FrameworkCatalog;
import cn.perftarget.domain.rules.RuleSetting;
import cn.perftarget.domain.rules.RuleSettings;
import cn.perftarget.domain.rules.validation.Validator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The validator of each region, built from its stored settings once and kept (rules compile their keyword lists on
 * construction). Changing a region's settings through here drops its validator, so the next validation uses them.
 */
@Component
public class RegionValidators {

    private final RuleSettingsRepository repository;
    private final FrameworkCatalog frameworks;
    private final Map<String, Validator> validators = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    public RegionValidators(RuleSettingsRepository repository) {
        this(repository, FrameworkCatalog.bundled());
    }

    public RegionValidators(RuleSettingsRepository repository, FrameworkCatalog frameworks) {
        this.repository = repository;
        this.frameworks = frameworks;
    }

    public Validator forRegion(String regionCode) {
        String region = regionCode == null ? "" : regionCode;
        return validators.computeIfAbsent(region, r -> new Validator(repository.load(r), frameworks));
    }

    public RuleSettings settings(String regionCode) {
        return repository.load(regionCode == null ? "" : regionCode);
    }

    public void save(RuleSettings settings, String updatedBy) {
        repository.save(settings, updatedBy);
        validators.remove(settings.regionCode());
    }

    public void saveRule(String regionCode, String ruleId, RuleSetting setting, String updatedBy) {
        repository.saveRule(regionCode, ruleId, setting, updatedBy);
        validators.remove(regionCode);
    }

    public void resetRule(String regionCode, String ruleId) {
        repository.resetRule(regionCode, ruleId);
        validators.remove(regionCode);
    }
}
