package cn.perftarget.workflow.inbox;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The index the done tab needs on a Camunda table: completed tasks by assignee. Camunda creates its schema after our
 * Flyway migrations (see FlywayBeforeEngine), so this index cannot live in V10; it is created once the engine is
 * built, idempotently. (The open tabs use Camunda's own indexes on ACT_RU_TASK.ASSIGNEE_, ACT_RU_TASK.PROC_INST_ID_
 * and ACT_RU_IDENTITYLINK.GROUP_ID_ / TASK_ID_.)
 */
@Component
class EngineTableIndexes extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineTableIndexes.class);

    static final String DONE_BY_ASSIGNEE = """
            create index if not exists perftarget_hi_task_assignee_end_idx
                on act_hi_taskinst (assignee_, end_time_)""";

    private final JdbcTemplate jdbc;

    EngineTableIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        try {
            jdbc.execute(DONE_BY_ASSIGNEE);
        } catch (RuntimeException e) {
            // another instance may be creating it at the same moment; the queries still work without it
            log.warn("the index of done tasks could not be created: {}", e.getMessage());
        }
    }
}
