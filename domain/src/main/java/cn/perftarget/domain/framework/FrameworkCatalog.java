package cn.perftarget.domain.framework;

import cn.perftarget.domain.table.TargetTable;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the framework of a table from its fiscal year and region: by default 2015 up to fiscal year 2021 and 2021
 * from 2022 (财预〔2021〕101号), unless the region (区划编码, or a prefix of it) has an override. The bundled defaults
 * are {@code /frameworks/catalog.json}.
 */
public final class FrameworkCatalog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FrameworkCatalog BUNDLED = loadBundled();

    /** A year range (inclusive, open ends allowed) using one framework. */
    public record YearRule(@Nullable Integer from, @Nullable Integer upTo, String framework) {

        boolean covers(int year) {
            return (from == null || year >= from) && (upTo == null || year <= upTo);
        }
    }

    record Definition(
            List<String> frameworks,
            List<YearRule> byYear,
            @Nullable Map<String, String> regionOverrides,
            @Nullable String note) {}

    private final Map<String, Framework> frameworks;
    private final List<YearRule> byYear;
    private final Map<String, String> regionOverrides;
    /** A region's own choice per fiscal year (its administrator's 指标体系 setting): first, for any region asked. */
    private final Map<Integer, String> yearChoices;
    /** The override found for each region code asked about ("" when none): the prefix search runs once per code. */
    private final Map<String, String> overrideOfRegion = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int REGION_CACHE_LIMIT = 10_000;

    public FrameworkCatalog(
            Map<String, Framework> frameworks, List<YearRule> byYear, Map<String, String> regionOverrides) {
        this(frameworks, byYear, regionOverrides, Map.of());
    }

    private FrameworkCatalog(
            Map<String, Framework> frameworks,
            List<YearRule> byYear,
            Map<String, String> regionOverrides,
            Map<Integer, String> yearChoices) {
        this.frameworks = Map.copyOf(frameworks);
        this.byYear = List.copyOf(byYear);
        this.regionOverrides = Map.copyOf(regionOverrides);
        this.yearChoices = Map.copyOf(yearChoices);
        for (YearRule r : this.byYear) {
            requireKnown(r.framework());
        }
        this.regionOverrides.values().forEach(this::requireKnown);
        this.yearChoices.values().forEach(this::requireKnown);
    }

    /**
     * This catalog for one region's validator, with the region's own framework of each fiscal year it chose: a year
     * in {@code choices} gets its framework whatever region is asked about; other years as before.
     *
     * @throws IllegalArgumentException a framework the catalog does not hold
     */
    public FrameworkCatalog withYearChoices(Map<Integer, String> choices) {
        return new FrameworkCatalog(frameworks, byYear, regionOverrides, choices);
    }

    /** The framework the catalog gives a fiscal year and region, without any year choice. */
    public Framework standard(@Nullable Integer fiscalYear, @Nullable String regionCode) {
        return withYearChoices(Map.of()).forYear(fiscalYear, regionCode);
    }

    /** The bundled frameworks 2015 and 2021 with the bundled year rules and region overrides. */
    public static FrameworkCatalog bundled() {
        return BUNDLED;
    }

    /** This catalog with one more (or a changed) region override. */
    public FrameworkCatalog withRegionOverride(String regionCode, String frameworkId) {
        Map<String, String> overrides = new HashMap<>(regionOverrides);
        overrides.put(regionCode, frameworkId);
        return new FrameworkCatalog(frameworks, byYear, overrides, yearChoices);
    }

    /** This catalog without region overrides: the year rules alone. */
    public FrameworkCatalog withoutRegionOverrides() {
        return new FrameworkCatalog(frameworks, byYear, Map.of(), yearChoices);
    }

    public Optional<Framework> byId(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    /** Every framework of the catalog (the importer reads their category names). */
    public List<Framework> frameworks() {
        return List.copyOf(frameworks.values());
    }

    public Map<String, String> regionOverrides() {
        return regionOverrides;
    }

    /**
     * The framework of a fiscal year in a region. A year choice ({@link #withYearChoices}) comes first; then the region override with the longest matching prefix of the code
     * wins; with none, the year rules; a table without a year gets the framework of the first year rule.
     */
    public Framework forYear(@Nullable Integer fiscalYear, @Nullable String regionCode) {
        String chosen = fiscalYear == null ? null : yearChoices.get(fiscalYear);
        if (chosen != null) {
            return known(chosen);
        }
        if (regionCode != null && !regionCode.isBlank() && !regionOverrides.isEmpty()) {
            String id = overrideOfRegion.get(regionCode);
            if (id == null) {
                id = findOverride(regionCode.trim());
                if (overrideOfRegion.size() < REGION_CACHE_LIMIT) {
                    overrideOfRegion.put(regionCode, id);
                }
            }
            if (!id.isEmpty()) {
                return known(id);
            }
        }
        if (fiscalYear == null) {
            return known(byYear.get(0).framework());
        }
        for (YearRule r : byYear) {
            if (r.covers(fiscalYear)) {
                return known(r.framework());
            }
        }
        return known(byYear.get(byYear.size() - 1).framework());
    }

    /**
     * The framework of a table: its fiscal year, and the given region, or when none is given the region of its
     * 项目编码 (一体化 project codes start with the 6-digit 区划编码).
     */
    public Framework forTable(TargetTable table, @Nullable String regionCode) {
        String region =
                regionCode != null && !regionCode.isBlank() ? regionCode : regionOfProjectCode(table.projectCode());
        return forYear(table.fiscalYear(), region);
    }

    /** The 区划编码 a 项目编码 starts with (six digits), or null. */
    public static @Nullable String regionOfProjectCode(@Nullable String projectCode) {
        if (projectCode == null) {
            return null;
        }
        String code = projectCode.trim();
        if (code.length() < 6) {
            return null;
        }
        for (int i = 0; i < 6; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return null;
            }
        }
        return code.substring(0, 6);
    }

    /** The framework id of the longest overridden prefix of the code, or "". */
    private String findOverride(String code) {
        for (int len = code.length(); len > 0; len--) {
            String id = regionOverrides.get(code.substring(0, len));
            if (id != null) {
                return id;
            }
        }
        return "";
    }

    private void requireKnown(String id) {
        known(id);
    }

    /** The framework of an id; the constructor checked every id the catalog names. */
    private Framework known(String id) {
        Framework f = frameworks.get(id);
        if (f == null) {
            throw new IllegalArgumentException("unknown framework " + id);
        }
        return f;
    }

    private static FrameworkCatalog loadBundled() {
        try (InputStream in = FrameworkCatalog.class.getResourceAsStream("/frameworks/catalog.json")) {
            if (in == null) {
                throw new IllegalStateException("/frameworks/catalog.json missing");
            }
            Definition d = JSON.readValue(in, Definition.class);
            Map<String, Framework> all = new LinkedHashMap<>();
            for (String id : d.frameworks()) {
                all.put(id, FrameworkLoader.bundled(id));
            }
            return new FrameworkCatalog(all, d.byYear(), d.regionOverrides() == null ? Map.of() : d.regionOverrides());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
