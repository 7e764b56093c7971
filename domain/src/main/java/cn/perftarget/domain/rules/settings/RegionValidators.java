package cn.perftarget.domain.rules.settings;

import cn.perftarget.domain.framework.FrameworkCatalog;
import cn.perftarget.domain.rules.RuleSetting;
import cn.perftarget.domain.rules.RuleSettings;
import cn.perftarget.domain.rules.validation.Validator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The validator of each region, built from its stored settings once and kept (rules compile their keyword lists on
 * construction): its rule settings and its framework of each fiscal year. Changing a region's settings through here
 * drops its validator — again after the transaction ends, so that a validator built meanwhile from the settings
 * before the commit is not kept — and the next validation uses them. (Kept per process: another node of a cluster
 * sees the change when it restarts.)
 */
@Component
public class RegionValidators {

    private final RuleSettingsRepository repository;
    private final FrameworkYearRepository frameworkYears;
    private final FrameworkCatalog frameworks;
    private final Map<String, Validator> validators = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    public RegionValidators(RuleSettingsRepository repository, FrameworkYearRepository frameworkYears) {
        this(repository, frameworkYears, FrameworkCatalog.bundled());
    }

    public RegionValidators(
            RuleSettingsRepository repository, FrameworkYearRepository frameworkYears, FrameworkCatalog frameworks) {
        this.repository = repository;
        this.frameworkYears = frameworkYears;
        this.frameworks = frameworks;
    }

    public Validator forRegion(String regionCode) {
        String region = regionCode == null ? "" : regionCode;
        return validators.computeIfAbsent(region, r -> new Validator(repository.load(r), catalog(r)));
    }

    /** A validator of the region's frameworks with other rule settings (the preview of a change), not kept. */
    public Validator withSettings(RuleSettings settings) {
        return new Validator(settings, catalog(settings.regionCode()));
    }

    /** The catalogue as the region's tables see it: with the region's framework of each fiscal year it chose. */
    public FrameworkCatalog catalog(String regionCode) {
        Map<Integer, String> years = frameworkYears.load(regionCode);
        return years.isEmpty() ? frameworks : frameworks.withYearChoices(years);
    }

    /** The catalogue without any region's choices. */
    public FrameworkCatalog bundledCatalog() {
        return frameworks;
    }

    public RuleSettings settings(String regionCode) {
        return repository.load(regionCode == null ? "" : regionCode);
    }

    public void save(RuleSettings settings, String updatedBy) {
        repository.save(settings, updatedBy);
        changed(settings.regionCode());
    }

    public void saveRule(String regionCode, String ruleId, RuleSetting setting, String updatedBy) {
        repository.saveRule(regionCode, ruleId, setting, updatedBy);
        changed(regionCode);
    }

    public void resetRule(String regionCode, String ruleId) {
        repository.resetRule(regionCode, ruleId);
        changed(regionCode);
    }

    /** Sets (or, with null, resets to the catalogue's) the region's framework of a fiscal year. */
    public void saveFrameworkYear(String regionCode, int fiscalYear, @Nullable String frameworkId, String by) {
        if (frameworkId == null) {
            frameworkYears.remove(regionCode, fiscalYear);
        } else {
            if (frameworks.byId(frameworkId).isEmpty()) {
                throw new IllegalArgumentException("unknown framework " + frameworkId);
            }
            frameworkYears.save(regionCode, fiscalYear, frameworkId, by);
        }
        changed(regionCode);
    }

    /** The region's framework choices by fiscal year. */
    public Map<Integer, String> frameworkYears(String regionCode) {
        return frameworkYears.load(regionCode);
    }

    private void changed(String regionCode) {
        validators.remove(regionCode);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    validators.remove(regionCode);
                }
            });
        }
    }
}
