package cn.perftarget.domain.rules.settings;

import cn.perftarget.domain.framework.FrameworkCatalog;
import cn.perftarget.domain.rules.RuleSetting;
import cn.perftarget.domain.rules.RuleSettings;
import cn.perftarget.domain.rules.validation.Validator;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The validator of each region, built from its stored settings and kept (rules compile their keyword lists on
 * construction): its rule settings and its framework of each fiscal year. Every change through here raises the
 * region's settings version in its transaction; a kept validator is used as long as the version it was built from is
 * the current one, which is read again at most every {@link #RECHECK} — so a change made on another node of a cluster
 * applies here within that time, and on this node at once (its validator is dropped, again after the transaction
 * ends, so that a validator built meanwhile from the settings before the commit is not kept).
 */
@Component
public class RegionValidators {

    private final RuleSettingsRepository repository;
    private final FrameworkYearRepository frameworkYears;
    private final FrameworkCatalog frameworks;
    /** How long a kept validator is used before its region's settings version is read again. */
    public static final Duration RECHECK = Duration.ofSeconds(2);

    private final SettingsVersions versions;
    private final Duration recheck;
    private final Map<String, Kept> validators = new ConcurrentHashMap<>();

    /** A validator, the settings version it was built from, and when that version was last found current. */
    private record Kept(Validator validator, long version, long checkedAtNanos) {}

    @org.springframework.beans.factory.annotation.Autowired
    public RegionValidators(
            RuleSettingsRepository repository, FrameworkYearRepository frameworkYears, JdbcTemplate jdbc) {
        this(repository, frameworkYears, new SettingsVersions(jdbc), FrameworkCatalog.bundled(), RECHECK);
    }

    RegionValidators(
            RuleSettingsRepository repository,
            FrameworkYearRepository frameworkYears,
            SettingsVersions versions,
            FrameworkCatalog frameworks,
            Duration recheck) {
        this.repository = repository;
        this.frameworkYears = frameworkYears;
        this.versions = versions;
        this.frameworks = frameworks;
        this.recheck = recheck;
    }

    public Validator forRegion(String regionCode) {
        String region = regionCode == null ? "" : regionCode;
        long now = System.nanoTime();
        Kept kept = validators.get(region);
        if (kept != null && now - kept.checkedAtNanos() < recheck.toNanos()) {
            return kept.validator();
        }
        // the version first: settings committed after this read raise it again, and the next check rebuilds
        long version = versions.current(region);
        Kept fresh = kept != null && kept.version() == version
                ? new Kept(kept.validator(), version, now)
                : new Kept(new Validator(repository.load(region), catalog(region)), version, now);
        validators.put(region, fresh);
        return fresh.validator();
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
        versions.raise(regionCode);
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
