package cn.perftarget.workflow.overview;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.office.SheetReader;
import cn.perftarget.domain.office.SheetReader.SheetRow;
import cn.perftarget.domain.office.guard.OfficeFileRefused;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.admin.ImportPreview;
import cn.perftarget.workflow.admin.ImportRow;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.InvalidInputException.Input;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.security.SecurityAudit;
import cn.perftarget.workflow.security.ServiceGate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget's project list of a round (绩效目标全覆盖), per region and fiscal year: imported by the fiscal bureau from an
 * Excel sheet in the 一体化 project-library shape (项目编码, 项目名称, 单位, 金额 — the columns found by their titles, or in
 * this order without a title row), with a preview of every row and its problems, or given through the API. The units
 * must lie in the importer's scope; an import replaces the list of the units it names. Each import is an
 * ADMINISTRATION entry of the security log. Action {@link ServiceAction#IMPORT_BUDGET_PROJECTS}.
 */
@Service
public class BudgetProjects {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 50_000;
    static final int MAX_TEXT = 200;

    private static final List<List<String>> COLUMN_TITLES = List.of(
            List.of("项目编码", "项目代码", "项目编号", "project code", "project_code", "code"),
            List.of("项目名称", "project name", "project_name", "name"),
            List.of("单位编码", "预算单位编码", "单位代码", "预算单位代码", "单位", "预算单位", "agency code", "agency_code", "unit"),
            List.of("金额", "预算数", "项目金额", "预算金额", "申报金额", "amount"));
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern MONEY = Pattern.compile("-?\\d+(\\.\\d{1,2})?");

    private final ServiceGate gate;
    private final NamedParameterJdbcTemplate jdbc;
    private final SecurityAudit security;

    BudgetProjects(ServiceGate gate, NamedParameterJdbcTemplate jdbc, SecurityAudit security) {
        this.gate = gate;
        this.jdbc = jdbc;
        this.security = security;
    }

    /** Every row of the sheet with its problems; nothing is stored. */
    @Transactional(readOnly = true)
    public ImportPreview preview(AppUser user, int fiscalYear, String fileName, byte[] content) {
        return gate.enter(
                user,
                ServiceAction.IMPORT_BUDGET_PROJECTS,
                "file:" + fileName,
                by -> check(by, fileName, read(fileName, content)));
    }

    /**
     * Stores the projects of the sheet. When a row has a problem nothing is stored (the refusal says how many rows
     * are wrong) unless {@code validRowsOnly}: then the valid rows are.
     *
     * @return the projects stored
     */
    @Transactional
    public int importProjects(AppUser user, int fiscalYear, String fileName, byte[] content, boolean validRowsOnly) {
        return gate.enter(user, ServiceAction.IMPORT_BUDGET_PROJECTS, "file:" + fileName, by -> {
            ImportPreview preview = check(by, fileName, read(fileName, content));
            return store(by, fiscalYear, preview, validRowsOnly, "file:" + fileName);
        });
    }

    /**
     * Stores the projects given (the API): all or, when one has a problem, none; a unit outside the caller's scope is
     * {@link NotFoundException#unit()}.
     */
    @Transactional
    public int save(AppUser user, int fiscalYear, List<BudgetProject> projects) {
        return gate.enter(user, ServiceAction.IMPORT_BUDGET_PROJECTS, "year:" + fiscalYear, by -> {
            if (projects.size() > MAX_ROWS) {
                throw InvalidInputException.of(Input.DOCUMENT, "error.budget.tooManyRows", MAX_ROWS);
            }
            // a unit outside the caller's scope is not theirs to budget: refused like a missing one
            Map<String, Long> units = unitsInScope(by);
            for (BudgetProject p : projects) {
                String unit = unitCode(p.unitCode());
                if (!unit.isEmpty() && !units.containsKey(unit)) {
                    throw NotFoundException.unit();
                }
            }
            List<List<String>> rows = new ArrayList<>();
            for (BudgetProject p : projects) {
                rows.add(List.of(
                        p.projectCode(),
                        p.projectName(),
                        p.unitCode(),
                        p.amount().toPlainString()));
            }
            ImportPreview preview = check(by, "api", numbered(rows));
            if (preview.invalid() > 0) {
                ImportRow first =
                        preview.rows().stream().filter(r -> !r.ok()).findFirst().orElseThrow();
                throw InvalidInputException.of(
                        Input.DOCUMENT,
                        "error.budget.rowProblem",
                        first.row(),
                        first.problems().get(0));
            }
            return store(by, fiscalYear, preview, false, "api");
        });
    }

    private int store(AppUser by, int year, ImportPreview preview, boolean validRowsOnly, String source) {
        if (year < 2000 || year > 2999) {
            throw InvalidInputException.of(Input.FISCAL_YEAR, "error.budget.year");
        }
        if (preview.invalid() > 0 && !validRowsOnly) {
            throw InvalidInputException.of(Input.DOCUMENT, "error.import.rowsWithProblems", preview.invalid());
        }
        if (preview.valid() == 0) {
            throw InvalidInputException.of(Input.DOCUMENT, "error.import.nothingValid");
        }
        Map<String, Long> unitIds = unitsInScope(by);
        List<ImportRow> valid = preview.rows().stream().filter(ImportRow::ok).toList();
        Set<Long> units = new HashSet<>();
        valid.forEach(r -> units.add(unitIds.get(unitCode(r.value(2)))));
        String region = by.organisation().regionCode();
        jdbc.update(
                "delete from budget_project where region_code = :region and fiscal_year = :year and unit_id in (:units)",
                new MapSqlParameterSource("region", region)
                        .addValue("year", year)
                        .addValue("units", units));
        // a code moved to another region's or year's list is not ours to keep twice
        SqlParameterSource[] batch = valid.stream()
                .map(r -> new MapSqlParameterSource("region", region)
                        .addValue("year", year)
                        .addValue("code", r.value(0).strip())
                        .addValue("name", r.value(1).strip())
                        .addValue("unit", unitIds.get(unitCode(r.value(2))))
                        .addValue("amount", money(r.value(3)))
                        .addValue("by", by.username()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                insert into budget_project (region_code, fiscal_year, project_code, project_name, unit_id, amount,
                                            imported_by)
                values (:region, :year, :code, :name, :unit, :amount, :by)
                on conflict (region_code, fiscal_year, project_code) do update
                   set project_name = excluded.project_name, unit_id = excluded.unit_id, amount = excluded.amount,
                       imported_by = excluded.imported_by, imported_at = now()""", batch);
        security.success(
                SecurityEventType.ADMINISTRATION,
                by.username(),
                "budget:" + region + ":" + year,
                "budget projects imported (" + source + "): " + valid.size() + " rows, " + units.size()
                        + " units; skipped rows: " + preview.invalid());
        return valid.size();
    }

    private static List<SheetRow> read(String fileName, byte[] content) {
        List<SheetRow> rows;
        try {
            rows = SheetReader.rows(fileName, content, OfficeLimits.DEFAULTS.withMaxBytes(MAX_BYTES), MAX_ROWS + 1);
        } catch (OfficeFileRefused refused) {
            throw new InvalidInputException(Input.DOCUMENT, refused.message());
        }
        return rows;
    }

    private static List<SheetRow> numbered(List<List<String>> rows) {
        List<SheetRow> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(new SheetRow(i + 1, rows.get(i)));
        }
        return numbered;
    }

    /** The rows in the order 编码, 名称, 单位, 金额, each with its problems. */
    private ImportPreview check(AppUser by, String fileName, List<SheetRow> sheet) {
        int[] columns = {0, 1, 2, 3};
        List<SheetRow> rows = sheet;
        for (int i = 0; i < Math.min(5, sheet.size()); i++) {
            int[] found = titles(sheet.get(i));
            if (found != null) {
                columns = found;
                rows = sheet.subList(i + 1, sheet.size());
                break;
            }
        }
        if (rows.isEmpty()) {
            throw InvalidInputException.of(Input.DOCUMENT, "error.import.emptySheet", fileName);
        }
        if (rows.size() > MAX_ROWS) {
            throw InvalidInputException.of(Input.DOCUMENT, "error.budget.tooManyRows", MAX_ROWS);
        }
        Map<String, Long> units = unitsInScope(by);
        Set<String> seen = new HashSet<>();
        List<ImportRow> checked = new ArrayList<>();
        for (SheetRow row : rows) {
            List<String> values = List.of(
                    row.cell(columns[0]).strip(),
                    row.cell(columns[1]).strip(),
                    row.cell(columns[2]).strip(),
                    row.cell(columns[3]).strip());
            if (values.stream().allMatch(String::isEmpty)) {
                continue;
            }
            List<Message> problems = new ArrayList<>();
            String code = values.get(0);
            if (code.isEmpty()) {
                problems.add(Message.of("error.budget.noCode"));
            } else if (code.length() > MAX_TEXT) {
                problems.add(Message.of("error.budget.tooLong", MAX_TEXT));
            } else if (!seen.add(code)) {
                problems.add(Message.of("error.budget.duplicateCode", code));
            }
            if (values.get(1).isEmpty()) {
                problems.add(Message.of("error.budget.noName"));
            } else if (values.get(1).length() > MAX_TEXT) {
                problems.add(Message.of("error.budget.tooLong", MAX_TEXT));
            }
            String unit = unitCode(values.get(2));
            if (unit.isEmpty()) {
                problems.add(Message.of("error.budget.noUnit"));
            } else if (!units.containsKey(unit)) {
                problems.add(Message.of("error.budget.unitOutOfScope", unit));
            }
            if (money(values.get(3)) == null) {
                problems.add(Message.of("error.budget.amount", values.get(3)));
            }
            checked.add(new ImportRow(row.number(), values, problems, null));
        }
        if (checked.isEmpty()) {
            throw InvalidInputException.of(Input.DOCUMENT, "error.import.emptySheet", fileName);
        }
        return new ImportPreview(fileName, checked);
    }

    /** The columns of a title row (编码, 名称, 单位, 金额), or null when the row is no title row. */
    private static int @Nullable [] titles(SheetRow row) {
        int[] columns = {-1, -1, -1, -1};
        for (int c = 0; c < row.cells().size(); c++) {
            String title =
                    SPACE.matcher(row.cell(c).strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
            for (int k = 0; k < COLUMN_TITLES.size(); k++) {
                if (columns[k] < 0 && COLUMN_TITLES.get(k).contains(title)) {
                    columns[k] = c;
                    break;
                }
            }
        }
        for (int c : columns) {
            if (c < 0) {
                return null;
            }
        }
        return columns;
    }

    /** "442001 秦皇岛…" or "442001" → 442001. */
    static String unitCode(String cell) {
        String s = cell.strip();
        int space = s.indexOf(' ');
        int ideographic = s.indexOf('\u3000');
        int cut = space < 0 ? ideographic : ideographic < 0 ? space : Math.min(space, ideographic);
        return cut < 0 ? s : s.substring(0, cut);
    }

    /** 金额 in 万元: digits with at most two decimals, thousands separators allowed, not negative. */
    static @Nullable BigDecimal money(String cell) {
        String s = cell.strip().replace(",", "").replace("，", "");
        if (!MONEY.matcher(s).matches()) {
            return null;
        }
        BigDecimal amount = new BigDecimal(s);
        return amount.signum() < 0 || amount.compareTo(new BigDecimal("999999999999.99")) > 0 ? null : amount;
    }

    /** Code → id of the units in the user's overview scope. */
    private Map<String, Long> unitsInScope(AppUser by) {
        OverviewScope scope = OverviewScope.of(by);
        Map<String, Long> units = new HashMap<>();
        if (scope.isEmpty()) {
            return units;
        }
        jdbc.query(
                "with " + OverviewScope.CTE
                        + " select o.code, o.id from scope_units u join organisation o on o.id = u.id"
                        + " where not u.deactivated",
                scope.params(),
                rs -> {
                    units.put(rs.getString("code"), rs.getLong("id"));
                });
        return units;
    }
}
