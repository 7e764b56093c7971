package cn.perftarget.bench.data;

import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts the generated tables per step from the database itself — table status, engine task or ended instance, and
 * for the fiscal review the candidate group the routing DMN gave — so a generator that wrote something else than it
 * planned is caught. Only tables whose status and engine state agree are counted.
 */
public final class GeneratedDataCheck {

    private static final String COUNTS = """
            with units as (select id, parent_id from organisation where kind = 'UNIT' and id = any(?))
            select
              count(*) filter (where t.status = 'DRAFTING' and t.process_instance_id is null) as draft,
              count(*) filter (where t.status = 'DEPT_REVIEW' and k.task_def_key_ = 'departmentReview') as department,
              count(*) filter (where t.status = 'FISCAL_REVIEW' and k.task_def_key_ = 'fiscalReview'
                  and exists (select 1 from act_ru_identitylink l
                              join section_department sd on sd.department_id = u.parent_id
                              join organisation s on s.id = sd.section_id
                              where l.task_id_ = k.id_ and l.type_ = 'candidate'
                                and l.group_id_ = 'fiscal-reviewer-' || s.code)) as fiscal,
              count(*) filter (where t.status = 'DRAFTING' and k.task_def_key_ = 'revise') as returned,
              count(*) filter (where t.status = 'APPROVED' and t.approved_revision_id is not null
                  and h.end_act_id_ = 'approved') as approved,
              count(*) filter (where t.status = 'APPROVED' and t.approved_revision_id is not null
                  and t.process_instance_id is null) as taken_over,
              count(*) as total,
              count(*) filter (where ah.last_seq is distinct from
                  (select count(*) from audit_entry e where e.table_id = t.id)) as broken_heads
            from target_table t
            join units u on u.id = t.unit_id
            left join act_ru_task k on k.proc_inst_id_ = t.process_instance_id
            left join act_hi_procinst h on h.proc_inst_id_ = t.process_instance_id and h.end_time_ is not null
            left join audit_head ah on ah.table_id = t.id""";

    private final JdbcTemplate jdbc;

    public GeneratedDataCheck(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Per step, the generated tables whose status and engine state agree; also the total and broken chains. */
    public Counts count(BenchOrganisation org) {
        Long[] units = org.units().stream().map(BenchOrganisation.Unit::id).toArray(Long[]::new);
        return jdbc.queryForObject(
                COUNTS,
                (rs, i) -> {
                    Map<RoundStep, Long> steps = new EnumMap<>(RoundStep.class);
                    steps.put(RoundStep.DRAFT, rs.getLong("draft"));
                    steps.put(RoundStep.DEPARTMENT_REVIEW, rs.getLong("department"));
                    steps.put(RoundStep.FISCAL_REVIEW, rs.getLong("fiscal"));
                    steps.put(RoundStep.RETURNED, rs.getLong("returned"));
                    steps.put(RoundStep.APPROVED, rs.getLong("approved"));
                    steps.put(RoundStep.TAKEN_OVER, rs.getLong("taken_over"));
                    return new Counts(Map.copyOf(steps), rs.getLong("total"), rs.getLong("broken_heads"));
                },
                (Object) units);
    }

    /**
     * @param brokenHeads tables whose audit head does not name their last entry (should be 0)
     */
    public record Counts(Map<RoundStep, Long> perStep, long total, long brokenHeads) {

        public long consistent() {
            return perStep.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
