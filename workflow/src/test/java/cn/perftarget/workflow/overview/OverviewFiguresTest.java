package cn.perftarget.workflow.overview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.TestOrganisation;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every number of the overview against the same number counted independently: the tables walked one by one in Java
 * from a plain statement (status, adjusting, last grade, 预算数, findings; a return from the audit history), the scope
 * from the organisation as the specification says it. On the demo data as loaded, on generated data (written, changed
 * and deleted in bulk, behind the service, so that only the counters' triggers can keep up), and on tables moved
 * through every status by the approval service.
 */
class OverviewFiguresTest extends WorkflowTestSupport {

    private static final List<String> RULES = List.of("R01", "R07", "R12", "R22", "R31");

    @org.springframework.beans.factory.annotation.Autowired
    private OverviewService overview;

    // ------------------------------------------------------------------ independent counting

    /** One table as a plain statement reads it. */
    record Row(
            long id,
            long unitId,
            TableStatus status,
            boolean adjusting,
            @Nullable Grade grade,
            @Nullable BigDecimal budget,
            List<String> rules,
            boolean returned,
            Instant since) {}

    private List<Row> rows(int year, String unitCondition, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = year;
        System.arraycopy(args, 0, all, 1, args.length);
        return jdbc.query(
                """
                select t.id, t.unit_id, t.status, t.adjusting, t.last_grade, t.budget, t.finding_rules, t.status_since,
                       exists (select 1 from audit_entry a where a.table_id = t.id
                                 and (a.action = 'RETURN' or (a.action = 'GRADE' and a.to_state = 'DRAFTING')))
                           as returned_in_history, t.returned
                  from target_table t where t.fiscal_year = ? and t.unit_id in (""" + unitCondition + ")",
                (rs, i) -> {
                    Array rules = rs.getArray("finding_rules");
                    String grade = rs.getString("last_grade");
                    return new Row(
                            rs.getLong("id"),
                            rs.getLong("unit_id"),
                            TableStatus.valueOf(rs.getString("status")),
                            rs.getBoolean("adjusting"),
                            grade == null ? null : Grade.valueOf(grade),
                            rs.getBigDecimal("budget"),
                            rules == null ? List.of() : List.of((String[]) rules.getArray()),
                            rs.getBoolean("returned_in_history")
                                    || generatedReturn(rs.getLong("id"), rs.getBoolean("returned")),
                            rs.getTimestamp("status_since").toInstant());
                },
                all);
    }

    /** Generated tables have no history: their return is what the generator wrote. */
    private final Set<Long> generated = new java.util.HashSet<>();

    private boolean generatedReturn(long id, boolean flag) {
        return generated.contains(id) && flag;
    }

    /** What the overview should say of these rows, walked one by one. */
    static final class Expected {
        final Map<OverviewState, Long> tables = new EnumMap<>(OverviewState.class);
        final Map<OverviewState, BigDecimal> budget = new EnumMap<>(OverviewState.class);
        final Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        final Map<String, Long> rules = new TreeMap<>();
        long returned;

        static Expected of(List<Row> rows) {
            Expected e = new Expected();
            for (Row r : rows) {
                OverviewState state = r.adjusting()
                        ? OverviewState.ADJUSTING
                        : OverviewState.valueOf(r.status().name());
                e.tables.merge(state, 1L, Long::sum);
                e.budget.merge(state, r.budget() == null ? BigDecimal.ZERO : r.budget(), BigDecimal::add);
                if (r.grade() != null) {
                    e.grades.merge(r.grade(), 1L, Long::sum);
                }
                for (String rule : Set.copyOf(r.rules())) {
                    e.rules.merge(rule, 1L, Long::sum);
                }
                if (r.returned()) {
                    e.returned++;
                }
            }
            return e;
        }

        void assertMatches(Counts counts, String what) {
            for (OverviewState s : OverviewState.values()) {
                assertThat(counts.tables(s)).as(what + " tables " + s).isEqualTo(tables.getOrDefault(s, 0L));
                assertThat(counts.budget(s))
                        .as(what + " 预算数 " + s)
                        .isEqualByComparingTo(budget.getOrDefault(s, BigDecimal.ZERO));
            }
            for (Grade g : Grade.values()) {
                assertThat(counts.grade(g)).as(what + " grade " + g).isEqualTo(grades.getOrDefault(g, 0L));
            }
            assertThat(counts.returned()).as(what + " returned").isEqualTo(returned);
        }
    }

    /** Checks every figure of a department of the overview against its tables, walked. */
    private void assertDepartment(OverviewFigures figures, Organisation department, int year) {
        List<Row> rows = rows(year, "select id from organisation where parent_id = ?", department.id());
        DepartmentFigures d = figures.departments().stream()
                .filter(x -> x.code().equals(department.code()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("department " + department.code() + " not in the overview"));
        Expected.of(rows).assertMatches(d.counts(), department.code());
        // per unit
        Map<Long, List<Row>> byUnit = rows.stream().collect(Collectors.groupingBy(Row::unitId));
        List<Long> units = jdbc.queryForList(
                "select id from organisation where parent_id = ? and kind = 'UNIT' and not deactivated",
                Long.class,
                department.id());
        int without = 0;
        for (long unit : units) {
            List<Row> of = byUnit.getOrDefault(unit, List.of());
            UnitFigures u = figures.units().stream()
                    .filter(x -> x.id() == unit)
                    .findFirst()
                    .orElseThrow();
            Expected.of(of).assertMatches(u.counts(), "unit " + u.code());
            boolean nothing = of.stream().allMatch(r -> r.status() == TableStatus.DRAFTING && !r.adjusting());
            assertThat(u.nothingSubmitted())
                    .as("unit " + u.code() + " nothing submitted")
                    .isEqualTo(nothing);
            if (nothing) {
                without++;
            }
        }
        assertThat(d.units()).isEqualTo(units.size());
        assertThat(d.unitsWithoutSubmission()).isEqualTo(without);
        // findings per rule
        Map<String, Long> rules = figures.rules().stream()
                .filter(r -> r.departmentCode().equals(department.code()))
                .collect(Collectors.toMap(RuleCount::ruleId, RuleCount::tables));
        assertThat(rules).as("findings per rule of " + department.code()).isEqualTo(Expected.of(rows).rules);
    }

    /** The waiting times of the open reviews, walked: the lower middle and the longest. */
    private void assertWaiting(OverviewFigures figures, List<Row> rows) {
        Map<OverviewState, List<Duration>> waits = new EnumMap<>(OverviewState.class);
        for (Row r : rows) {
            OverviewState step = OverviewState.valueOf(r.status().name());
            if (step.waiting()) {
                Duration d = Duration.between(r.since(), figures.at());
                waits.computeIfAbsent(step, k -> new ArrayList<>()).add(d.isNegative() ? Duration.ZERO : d);
            }
        }
        Map<OverviewState, WaitingTime> shown =
                figures.waiting().stream().collect(Collectors.toMap(WaitingTime::step, w -> w));
        assertThat(shown.keySet()).isEqualTo(waits.keySet());
        waits.forEach((step, list) -> {
            list.sort(null);
            WaitingTime w = shown.get(step);
            assertThat(w.tables()).as("waiting at " + step).isEqualTo(list.size());
            assertThat(w.median()).as("median at " + step).isEqualTo(list.get((list.size() - 1) / 2));
            assertThat(w.slowest()).as("slowest at " + step).isEqualTo(list.get(list.size() - 1));
        });
    }

    // ------------------------------------------------------------------ the demo data

    @Test
    void demoDataAsLoaded() {
        AppUser auditor = user("shenji");
        AppUser department = user("bumen");
        for (int year : overview.years(auditor)) {
            OverviewFigures figures = overview.figures(auditor, year);
            List<Organisation> departments = organisations(
                    "select id from organisation where kind = 'DEPARTMENT' and region_code = ?",
                    auditor.organisation().regionCode());
            assertThat(figures.departments())
                    .extracting(DepartmentFigures::code)
                    .containsExactlyInAnyOrderElementsOf(
                            departments.stream().map(Organisation::code).toList());
            for (Organisation d : departments) {
                assertDepartment(figures, d, year);
            }
            assertWaiting(
                    figures,
                    rows(
                            year,
                            "select id from organisation where kind = 'UNIT' and region_code = ?",
                            auditor.organisation().regionCode()));
            OverviewFigures own = overview.figures(department, year);
            assertThat(own.departments()).extracting(DepartmentFigures::code).containsExactly("442");
            assertDepartment(own, department.organisation(), year);
        }
    }

    // ------------------------------------------------------------------ generated data

    @Test
    void generatedDataWrittenChangedAndDeletedInBulk() {
        TestOrganisation org = newOrganisation();
        Organisation unit3 = organisations.save(new Organisation(
                null, org.department.code() + "003", "无表单位", OrgKind.UNIT, org.department.id(), org.region));
        AppUser auditor = users.save(
                "aud-" + org.department.code(),
                "总览查阅",
                "{noop}x",
                org.department.parentId(),
                Set.of(Role.AUDITOR),
                false);
        Random random = new Random(17);
        int year = 2031;
        for (int y : new int[] {year - 1, year}) {
            for (int i = 0; i < 600; i++) {
                long unit = random.nextInt(5) == 0 ? org.unit2.savedId() : org.unit1.savedId();
                generated.add(insert(random, unit, y, org.department.code() + "G" + y + "-" + i));
            }
        }
        check(auditor, org, year);
        check(org.reviewer1, org, year);
        check(org.fiscal, org, year);
        assertThat(overview.figures(auditor, year).units())
                .filteredOn(u -> u.id() == unit3.savedId())
                .singleElement()
                .matches(UnitFigures::nothingSubmitted, "a unit without tables has nothing submitted");

        // changes behind the service: status, grade, 预算数, findings, return, the unit; then deletions
        List<Long> ids = new ArrayList<>(generated);
        for (int i = 0; i < 300; i++) {
            long id = ids.get(random.nextInt(ids.size()));
            TableStatus status = TableStatus.values()[random.nextInt(TableStatus.values().length)];
            jdbc.update(
                    """
                    update target_table set status = ?, adjusting = ?, last_grade = ?, budget = ?, finding_rules = ?,
                           returned = returned or ?, unit_id = ? where id = ?""",
                    status.name(),
                    status == TableStatus.DEPT_REVIEW && random.nextBoolean(),
                    random.nextBoolean() ? null : Grade.values()[random.nextInt(4)].name(),
                    random.nextInt(10) == 0 ? null : BigDecimal.valueOf(random.nextInt(100_000), 2),
                    rules(random),
                    random.nextInt(5) == 0,
                    random.nextBoolean() ? org.unit1.savedId() : org.unit2.savedId(),
                    id);
        }
        for (int i = 0; i < 50; i++) {
            long id = ids.remove(random.nextInt(ids.size()));
            jdbc.update("delete from target_table where id = ?", id);
        }
        check(auditor, org, year);
        check(org.reviewer1, org, year);
        check(org.fiscal, org, year);
    }

    private void check(AppUser user, TestOrganisation org, int year) {
        OverviewFigures figures = overview.figures(user, year);
        assertDepartment(figures, org.department, year);
        OverviewFigures previous = overview.figures(user, year - 1);
        if (!user.has(Role.FISCAL_REVIEWER)) {
            // the whole scope is the test organisation's department
            List<Row> rows = rows(year, "select id from organisation where parent_id = ?", org.department.id());
            Expected.of(rows).assertMatches(figures.current(), "year");
            Expected.of(rows(year - 1, "select id from organisation where parent_id = ?", org.department.id()))
                    .assertMatches(figures.previous(), "previous year");
            assertThat(figures.previous()).isEqualTo(previous.current());
            assertWaiting(figures, rows);
        } else {
            // a fiscal reviewer's scope: the departments of the section, from section_department
            List<String> codes =
                    jdbc.queryForList("""
                    select d.code from section_department sd join organisation d on d.id = sd.department_id
                     join organisation s on s.id = sd.section_id where s.id = ?""", String.class, user.organisation().id());
            Set<String> withUnits =
                    figures.units().stream().map(UnitFigures::departmentCode).collect(Collectors.toSet());
            assertThat(codes).containsAll(withUnits);
        }
    }

    private long insert(Random random, long unit, int year, String code) {
        TableStatus status = TableStatus.values()[random.nextInt(TableStatus.values().length)];
        boolean adjusting =
                (status == TableStatus.DRAFTING || status == TableStatus.DEPT_REVIEW) && random.nextInt(8) == 0;
        Grade grade = switch (status) {
            case APPROVED -> random.nextBoolean() ? Grade.EXCELLENT : Grade.GOOD;
            case REJECTED -> Grade.POOR;
            case UNIT_CONFIRM -> Grade.GOOD;
            case DRAFTING -> random.nextInt(4) == 0 ? Grade.FAIR : null;
            default -> null;
        };
        Long id = jdbc.queryForObject(
                """
                insert into target_table (unit_id, fiscal_year, project_code, project_name, budget, status, adjusting,
                                          content, last_grade, finding_rules, returned, status_since)
                values (?, ?, ?, ?, ?, ?, ?, '{}'::jsonb, ?, ?, ?, ?) returning id""",
                Long.class,
                unit,
                year,
                code,
                "生成项目" + code,
                random.nextInt(10) == 0 ? null : BigDecimal.valueOf(random.nextInt(1_000_000), 2),
                status.name(),
                adjusting,
                grade == null ? null : grade.name(),
                rules(random),
                grade == Grade.FAIR || random.nextInt(6) == 0,
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(random.nextInt(60 * 24 * 20)))));
        return id == null ? 0 : id;
    }

    private String @Nullable [] rules(Random random) {
        int n = random.nextInt(4);
        if (n == 0 && random.nextBoolean()) {
            return null;
        }
        String[] rules = new String[n];
        for (int i = 0; i < n; i++) {
            rules[i] = RULES.get(random.nextInt(RULES.size()));
        }
        return Arrays.stream(rules).distinct().toArray(String[]::new);
    }

    // ------------------------------------------------------------------ a table through every status

    @Test
    void aTableMovedThroughEveryStatus() {
        TestOrganisation org = newOrganisation();
        AppUser auditor = users.save(
                "aud-" + org.department.code(),
                "总览查阅",
                "{noop}x",
                org.department.parentId(),
                Set.of(Role.AUDITOR),
                false);
        TargetTable content = SeedContent.clean();
        int year = content.fiscalYear() == null ? 2020 : content.fiscalYear();
        long other = create(org.drafter2, SeedContent.clean()); // a draft of the other unit all along
        long id = create(org.drafter1, content);
        Map<String, OverviewState> seen = new HashMap<>();
        Runnable step = () -> {
            everyFigure(auditor, org, year);
            everyFigure(org.reviewer1, org, year);
            seen.put(tables.get(id).status() + "/" + tables.get(id).adjusting(), stateOf(id));
        };
        step.run(); // 编制中
        approvals.submit(org.drafter1, id);
        step.run(); // 主管部门审核
        approvals.returnToUnit(org.reviewer1, taskId(id), "请补充量化指标");
        step.run(); // 退回: 编制中, returned
        approvals.submit(org.drafter1, id);
        approvals.pass(org.reviewer1, taskId(id), null);
        step.run(); // 财政审核
        approvals.grade(org.fiscal, taskId(id), Grade.FAIR, "目标不够具体", null);
        step.run(); // 中: 编制中 again
        approvals.submit(org.drafter1, id);
        if (status(id) == TableStatus.DEPT_REVIEW) {
            approvals.pass(org.reviewer1, taskId(id), null);
        }
        TargetTable edited = table(id).content().withGoals(table(id).content().goals() + "，设备完好率≥95%");
        approvals.grade(org.fiscal, taskId(id), Grade.GOOD, "补充了量化目标", edited);
        step.run(); // 单位确认
        approvals.accept(org.drafter1, taskId(id));
        step.run(); // 已批复
        approvals.reopen(org.drafter1, id, "项目内容调整");
        step.run(); // 调整中 at the unit
        approvals.submit(org.drafter1, id);
        step.run(); // 调整中 under review
        approvals.pass(org.reviewer1, taskId(id), null);
        approvals.grade(org.fiscal, taskId(id), Grade.EXCELLENT, null, null);
        step.run(); // 已批复 again
        long rejected = atFiscalReview(org.drafter2, org.reviewer1);
        approvals.grade(org.fiscal, taskId(rejected), Grade.POOR, "不予安排", null);
        step.run(); // 不予安排 beside it
        assertThat(stateOf(rejected)).isEqualTo(OverviewState.REJECTED);
        assertThat(Set.copyOf(seen.values()))
                .containsAll(Set.of(
                        OverviewState.DRAFTING,
                        OverviewState.DEPT_REVIEW,
                        OverviewState.FISCAL_REVIEW,
                        OverviewState.UNIT_CONFIRM,
                        OverviewState.APPROVED,
                        OverviewState.ADJUSTING));
        assertThat(jdbc.queryForObject("select returned from target_table where id = ?", Boolean.class, id))
                .isTrue();
        assertThat(other).isPositive();
        // the waiting time since the task was created, as the engine has it
        long waiting = atFiscalReview(org.drafter1, org.reviewer1);
        OverviewFigures figures = overview.figures(auditor, year);
        Instant created = taskService
                .createTaskQuery()
                .processInstanceId(processInstance(waiting))
                .singleResult()
                .getCreateTime()
                .toInstant();
        WaitingTime fiscal = figures.waiting().stream()
                .filter(w -> w.step() == OverviewState.FISCAL_REVIEW)
                .findFirst()
                .orElseThrow();
        assertThat(fiscal.tables()).isEqualTo(1);
        assertThat(Duration.between(created, figures.at())
                        .minus(fiscal.slowest())
                        .abs())
                .as("waiting since the task's creation")
                .isLessThan(Duration.ofSeconds(2));
    }

    private OverviewState stateOf(long id) {
        var t = tables.get(id);
        return OverviewState.of(t.status(), t.adjusting());
    }

    private void everyFigure(AppUser user, TestOrganisation org, int year) {
        OverviewFigures figures = overview.figures(user, year);
        assertDepartment(figures, org.department, year);
        List<Row> rows = rows(year, "select id from organisation where parent_id = ?", org.department.id());
        Expected.of(rows).assertMatches(figures.current(), "year");
        assertWaiting(figures, rows);
    }

    private List<Organisation> organisations(String sql, Object... args) {
        return jdbc.queryForList(sql, Long.class, args).stream()
                .map(id -> organisations.findById(id).orElseThrow())
                .toList();
    }
}
