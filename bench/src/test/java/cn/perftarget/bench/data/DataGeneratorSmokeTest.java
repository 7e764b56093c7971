package cn.perftarget.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.rules.settings.RegionValidators;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.ui.Application;
import cn.perftarget.workflow.inbox.InboxCounts;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.InboxQuery;
import cn.perftarget.workflow.inbox.InboxTab;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's data generator on a small organisation (4 departments, 12 units, 2 sections) and 200 tables, in
 * the normal build so that it cannot rot: the database holds exactly what it planned per step, with the engine where
 * the table status says, routed as the organisation says, with intact audit chains, and the inbox sees the tasks.
 */
@SpringBootTest(classes = Application.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataGeneratorSmokeTest {

    private static final int TABLES = 200;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    RegionValidators validators;

    @Autowired
    InboxQuery inbox;

    @Autowired
    UserRepository users;

    DataGenerator generator;
    BenchOrganisation org;
    DataGenerator.Growth growth;

    @BeforeAll
    void generate() {
        generator = new DataGenerator(context, GeneratorSettings.small(600));
        org = generator.organisation();
        growth = generator.grow(TABLES);
    }

    @Test
    void theDatabaseHoldsWhatWasPlannedAtEveryStep() {
        GeneratedDataCheck.Counts counts = new GeneratedDataCheck(jdbc.getDataSource()).count(org);

        assertThat(growth.perStep().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(TABLES);
        assertThat(growth.perStep())
                .allSatisfy((step, n) -> assertThat(n).as(step.name()).isPositive());
        assertThat(counts.total()).isEqualTo(TABLES);
        assertThat(counts.perStep()).isEqualTo(growth.perStep());
        assertThat(counts.brokenHeads()).isZero();
    }

    @Test
    void everyAuditHistoryVerifies() {
        List<Long> ids =
                jdbc.queryForList("select id from target_table where unit_id = any(?)", Long.class, (Object) unitIds());
        assertThat(ids).hasSize(TABLES);
        assertThat(ids)
                .allSatisfy(id ->
                        assertThat(audit.verify(id).intact()).as("table " + id).isTrue());
    }

    @Test
    void everySubmittedTablePassesTheSubmissionCheckInItsUnit() {
        List<Integer> years = jdbc.queryForList(
                "select distinct fiscal_year from target_table where unit_id = any(?)", Integer.class, (Object)
                        unitIds());
        assertThat(years).hasSize(2);
        int checked = 0;
        for (BenchOrganisation.Unit unit : org.units()) {
            for (int year : years) {
                List<StoredTable> unitTables = tables.findByUnit(unit.id(), year);
                List<TargetTable> contents =
                        unitTables.stream().map(StoredTable::content).toList();
                for (StoredTable t : unitTables) {
                    if (t.status() == TableStatus.DRAFTING && t.submittedAt() == null) {
                        continue;
                    }
                    List<Finding> errors =
                            validators
                                    .forRegion(org.regionCode())
                                    .validate(t.content(), ValidationContext.of(contents))
                                    .stream()
                                    .filter(f -> f.severity() == Severity.ERROR)
                                    .toList();
                    assertThat(errors)
                            .as("table " + t.id() + " " + t.content().projectName())
                            .isEmpty();
                    checked++;
                }
            }
        }
        assertThat(checked).as("submitted tables checked").isPositive();
    }

    @Test
    void routingSendsEveryDepartmentToItsSection() {
        for (BenchOrganisation.Department d : org.departments()) {
            assertThat(route(d.code())).isEqualTo(d.sectionCode());
        }
        assertThat(route("442")).isEqualTo("F-QHD-1");
    }

    @Test
    void eachSectionsReviewersSeeTheirFiscalReviewsInTheInbox() {
        for (BenchOrganisation.Section section : org.sections()) {
            Map<String, Object> expected = jdbc.queryForMap("""
                    select count(*) filter (where k.assignee_ is null) as unclaimed,
                           count(*) filter (where k.assignee_ is not null) as claimed
                    from target_table t join organisation u on u.id = t.unit_id
                    join section_department sd on sd.department_id = u.parent_id
                    join act_ru_task k on k.proc_inst_id_ = t.process_instance_id
                    where sd.section_id = ? and t.status = 'FISCAL_REVIEW'""", section.id());
            long mine = 0;
            for (String reviewer : section.reviewers()) {
                InboxCounts counts = inbox.counts(users.findByUsername(reviewer).orElseThrow(), InboxFilter.NONE);
                // the inbox counts stop at 99+
                assertThat(counts.claimable())
                        .as(reviewer)
                        .isEqualTo(Math.min((Long) expected.get("unclaimed"), InboxCounts.CAP + 1));
                assertThat(counts.exact(InboxTab.MINE)).as(reviewer).isTrue();
                mine += counts.mine();
            }
            assertThat(mine).as(section.code()).isEqualTo(expected.get("claimed"));
        }
    }

    private Long[] unitIds() {
        return org.units().stream().map(BenchOrganisation.Unit::id).toArray(Long[]::new);
    }

    private Object route(String department) {
        return jdbc.queryForObject("""
                select s.code from section_department sd join organisation d on d.id = sd.department_id
                join organisation s on s.id = sd.section_id where d.code = ? order by s.code limit 1""", String.class, department);
    }
}
