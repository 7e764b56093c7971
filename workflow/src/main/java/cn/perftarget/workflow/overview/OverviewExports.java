package cn.perftarget.workflow.overview;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.office.lists.ListWorkbook;
import cn.perftarget.domain.office.lists.ListWorkbook.ListSheet;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.export.ExportedFile;
import cn.perftarget.workflow.security.SecurityAudit;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * The numbers of an overview as .xlsx, a sheet each (departments, units, units with nothing submitted, findings per
 * rule, waiting times, the comparison with the year before, the coverage): exactly what the screen shows, read
 * through {@link OverviewService} (scope and refusals as there). Titles in the reader's language. An EXPORT entry in
 * the security log.
 */
@Service
public class OverviewExports {

    private final OverviewService overview;
    private final SecurityAudit security;

    OverviewExports(OverviewService overview, SecurityAudit security) {
        this.overview = overview;
        this.security = security;
    }

    public ExportedFile figures(AppUser user, int fiscalYear, Locale locale) {
        OverviewFigures f = overview.figures(user, fiscalYear);
        Coverage coverage = overview.coverage(user, fiscalYear);
        List<ListSheet> sheets = new ArrayList<>();
        sheets.add(departments(f, locale));
        sheets.add(units(f, locale, false));
        sheets.add(units(f, locale, true));
        List<List<?>> rules = new ArrayList<>();
        for (RuleCount r : f.rules()) {
            rules.add(Arrays.asList(r.departmentCode() + " " + r.departmentName(), r.ruleId(), r.tables()));
        }
        sheets.add(new ListSheet(
                text("overview.export.sheet.rules", locale),
                headers(
                        locale,
                        "overview.export.col.department",
                        "overview.export.col.rule",
                        "overview.export.col.tables"),
                rules));
        List<List<?>> waiting = new ArrayList<>();
        for (WaitingTime w : f.waiting()) {
            waiting.add(
                    Arrays.asList(text(w.step().labelKey(), locale), w.tables(), days(w.median()), days(w.slowest())));
        }
        sheets.add(new ListSheet(
                text("overview.export.sheet.waiting", locale),
                headers(
                        locale,
                        "overview.export.col.step",
                        "overview.export.col.tables",
                        "overview.export.col.medianDays",
                        "overview.export.col.slowestDays"),
                waiting));
        List<List<?>> years = new ArrayList<>();
        for (OverviewState s : OverviewState.values()) {
            years.add(Arrays.asList(
                    text(s.labelKey(), locale),
                    f.current().tables(s),
                    f.previous().tables(s),
                    f.current().budget(s),
                    f.previous().budget(s)));
        }
        years.add(Arrays.asList(
                text("overview.export.col.returnedShare", locale),
                percent(f.current()),
                percent(f.previous()),
                null,
                null));
        sheets.add(new ListSheet(
                text("overview.export.sheet.years", locale),
                List.of(
                        text("overview.export.col.state", locale),
                        String.valueOf(f.fiscalYear()),
                        String.valueOf(f.fiscalYear() - 1),
                        text("overview.export.col.budget", locale) + " " + f.fiscalYear(),
                        text("overview.export.col.budget", locale) + " " + (f.fiscalYear() - 1)),
                years));
        List<List<?>> cover = new ArrayList<>();
        addCoverage(cover, "overview.export.coverage.withoutTable", coverage.withoutTable(), locale);
        addCoverage(cover, "overview.export.coverage.amountDiffers", coverage.amountDiffers(), locale);
        addCoverage(cover, "overview.export.coverage.notInBudget", coverage.notInBudget(), locale);
        sheets.add(new ListSheet(
                text("overview.export.sheet.coverage", locale),
                headers(
                        locale,
                        "overview.export.col.finding",
                        "overview.export.col.code",
                        "overview.export.col.name",
                        "overview.export.col.unit",
                        "overview.export.col.amount",
                        "overview.export.col.budget"),
                cover));
        security.success(
                SecurityEventType.EXPORT,
                user.username(),
                "overview:" + fiscalYear,
                f.units().size() + " units");
        String name = text("overview.export.name", locale) + fiscalYear;
        return new ExportedFile(name + ".xlsx", ExportedFile.XLSX, ListWorkbook.xlsx(sheets));
    }

    private static ListSheet departments(OverviewFigures f, Locale locale) {
        List<List<?>> rows = new ArrayList<>();
        for (DepartmentFigures d : f.departments()) {
            List<Object> row = new ArrayList<>();
            row.add(d.code() + " " + d.name());
            row.add(d.units());
            row.add(d.unitsWithoutSubmission());
            addCounts(row, d.counts());
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(headers(
                locale,
                "overview.export.col.department",
                "overview.export.col.units",
                "overview.export.col.unitsWithout"));
        headers.addAll(countHeaders(locale));
        return new ListSheet(text("overview.export.sheet.departments", locale), headers, rows);
    }

    private static ListSheet units(OverviewFigures f, Locale locale, boolean withoutSubmission) {
        List<List<?>> rows = new ArrayList<>();
        for (UnitFigures u : withoutSubmission ? f.unitsWithoutSubmission() : f.units()) {
            List<Object> row = new ArrayList<>();
            row.add(u.departmentCode() + " " + u.departmentName());
            row.add(u.code() + " " + u.name());
            addCounts(row, u.counts());
            rows.add(row);
        }
        List<String> headers =
                new ArrayList<>(headers(locale, "overview.export.col.department", "overview.export.col.unit"));
        headers.addAll(countHeaders(locale));
        return new ListSheet(
                text(withoutSubmission ? "overview.export.sheet.unitsWithout" : "overview.export.sheet.units", locale),
                headers,
                rows);
    }

    private static List<String> countHeaders(Locale locale) {
        List<String> headers = new ArrayList<>();
        for (OverviewState s : OverviewState.values()) {
            headers.add(text(s.labelKey(), locale));
        }
        headers.add(text("overview.export.col.total", locale));
        for (Grade g : Grade.values()) {
            headers.add(text(gradeKey(g), locale));
        }
        headers.add(text("overview.export.col.returned", locale));
        headers.add(text("overview.export.col.returnedShare", locale));
        for (OverviewState s : OverviewState.values()) {
            headers.add(text("overview.export.col.budget", locale) + " " + text(s.labelKey(), locale));
        }
        headers.add(text("overview.export.col.budget", locale) + " " + text("overview.export.col.total", locale));
        return headers;
    }

    private static void addCounts(List<Object> row, Counts c) {
        for (OverviewState s : OverviewState.values()) {
            row.add(c.tables(s));
        }
        row.add(c.total());
        for (Grade g : Grade.values()) {
            row.add(c.grade(g));
        }
        row.add(c.returned());
        row.add(percent(c));
        for (OverviewState s : OverviewState.values()) {
            row.add(c.budget(s));
        }
        row.add(c.totalBudget());
    }

    private static void addCoverage(List<List<?>> rows, String key, List<CoverageRow> list, Locale locale) {
        for (CoverageRow r : list) {
            rows.add(Arrays.asList(
                    text(key, locale),
                    r.projectCode(),
                    r.projectName(),
                    r.unitCode() + " " + r.unitName(),
                    r.amount(),
                    r.tableBudget()));
        }
    }

    /** The share of returned tables in percent, one decimal. */
    static BigDecimal percent(Counts c) {
        return BigDecimal.valueOf(c.returnedShare() * 100).setScale(1, RoundingMode.HALF_UP);
    }

    /** Days, one decimal. */
    static BigDecimal days(Duration d) {
        return BigDecimal.valueOf(d.toSeconds() / 86_400.0).setScale(1, RoundingMode.HALF_UP);
    }

    static String gradeKey(Grade g) {
        return switch (g) {
            case EXCELLENT -> "listGrade.EXCELLENT";
            case GOOD -> "listGrade.GOOD";
            case FAIR -> "listGrade.FAIR";
            case POOR -> "listGrade.POOR";
        };
    }

    private static List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(k -> text(k, locale)).toList();
    }

    private static String text(String key, Locale locale) {
        return WorkflowTexts.BUNDLES.text(key, locale);
    }
}
