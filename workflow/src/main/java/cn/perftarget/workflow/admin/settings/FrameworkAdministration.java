package cn.perftarget.workflow.admin.settings;

import cn.perftarget.domain.framework.Framework;
import cn.perftarget.domain.framework.FrameworkCatalog;
import cn.perftarget.domain.rules.settings.RegionValidators;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.AdminRegion;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.security.SecurityAudit;
import cn.perftarget.workflow.security.ServiceGate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 指标体系 of a region per fiscal year: which framework of the catalogue (the bundled 2015 and 2021 frameworks,
 * {@code frameworks/catalog.json}) the region's tables of a year are checked against — the 一级/二级 pairs of R18–R21
 * and the required categories. A year the region did not choose keeps the catalogue's choice (2015 up to 2021, 2021
 * from 2022, the catalogue's region overrides). A new framework comes with a release (a JSON file in the catalogue),
 * not through this screen: frameworks are issued nationally (财预〔2021〕101号), a bureau only decides from which
 * year it applies.
 */
@Service
public class FrameworkAdministration {

    /** Years shown: from this many before the current one … */
    static final int YEARS_BACK = 4;
    /** … to this many after it, with every year the region chose. */
    static final int YEARS_AHEAD = 2;

    private final ServiceGate gate;
    private final RegionValidators validators;
    private final SecurityAudit audit;
    private final JdbcTemplate jdbc;

    FrameworkAdministration(ServiceGate gate, RegionValidators validators, SecurityAudit audit, JdbcTemplate jdbc) {
        this.gate = gate;
        this.validators = validators;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The frameworks of the catalogue, by id. */
    public List<FrameworkOption> options() {
        return validators.bundledCatalog().frameworks().stream()
                .sorted(Comparator.comparing(Framework::id))
                .map(f -> new FrameworkOption(f.id(), f.name()))
                .toList();
    }

    /**
     * The framework of each year around the current one, of every year the region has tables of, and of every year it
     * chose; the latest year first.
     */
    @Transactional(readOnly = true)
    public List<FrameworkYear> years(AppUser admin, String region) {
        return gate.enter(admin, ServiceAction.READ_REGION_SETTINGS, "region:" + region, by -> {
            AdminRegion.requireRegion(by, region);
            Map<Integer, String> chosen = validators.frameworkYears(region);
            int now = LocalDate.now(BeijingTime.ZONE).getYear();
            TreeSet<Integer> years = new TreeSet<>(chosen.keySet());
            years.addAll(jdbc.queryForList(
                    "select distinct t.fiscal_year from target_table t join organisation u on u.id = t.unit_id"
                            + " where u.region_code = ?",
                    Integer.class,
                    region));
            for (int y = now - YEARS_BACK; y <= now + YEARS_AHEAD; y++) {
                years.add(y);
            }
            FrameworkCatalog catalog = validators.bundledCatalog();
            List<FrameworkYear> out = new ArrayList<>();
            for (int year : years.descendingSet()) {
                Framework standard = catalog.standard(year, region);
                String id = chosen.getOrDefault(year, standard.id());
                Framework inForce = catalog.byId(id).orElse(standard);
                out.add(new FrameworkYear(year, inForce.id(), inForce.name(), chosen.containsKey(year), standard.id()));
            }
            return out;
        });
    }

    /**
     * The region's framework of a fiscal year from now on; null: back to the catalogue's choice. Findings are
     * computed anew with it (editor, review, submission) — approved tables keep what they were approved with.
     */
    @Transactional
    public void save(AppUser admin, String region, int fiscalYear, @Nullable String frameworkId) {
        gate.enter(admin, ServiceAction.SAVE_FRAMEWORK_YEAR, "region:" + region, by -> {
            AdminRegion.requireRegion(by, region);
            CalendarAdministration.requireYear(fiscalYear);
            if (frameworkId != null
                    && validators.bundledCatalog().byId(frameworkId).isEmpty()) {
                throw InvalidInputException.of(
                        InvalidInputException.Input.OTHER, "error.framework.unknown", frameworkId);
            }
            String before = validators.frameworkYears(region).get(fiscalYear);
            if (java.util.Objects.equals(before, frameworkId)) {
                return null;
            }
            validators.saveFrameworkYear(region, fiscalYear, frameworkId, by.username());
            audit.success(
                    SecurityEventType.ADMINISTRATION,
                    by.username(),
                    "framework:" + region + ":" + fiscalYear,
                    SettingsDetails.FRAMEWORK + " " + fiscalYear + " " + (before == null ? "catalogue" : before)
                            + " -> " + (frameworkId == null ? "catalogue" : frameworkId));
            return null;
        });
    }
}
