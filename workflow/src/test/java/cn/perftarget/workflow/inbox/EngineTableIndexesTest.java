package cn.perftarget.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.workflow.WorkflowTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's look for a task's subtasks, which it makes on every task completion, reads an index instead of every
 * open task: so a review action does not take longer the more tables wait.
 */
class EngineTableIndexesTest extends WorkflowTestSupport {

    @Test
    void completingATaskFindsItsSubtasksByIndexNotByReadingEveryOpenTask() {
        List<String> plan = jdbc.execute((java.sql.Connection c) -> {
            try (var st = c.createStatement()) {
                // as on a large database: the planner may not read the small test table whole
                st.execute("set enable_seqscan = off");
                List<String> lines = new java.util.ArrayList<>();
                try (var rs =
                        st.executeQuery("explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'some-task'")) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
                st.execute("reset enable_seqscan");
                return lines;
            }
        });
        assertThat(String.join("\n", plan))
                .contains("perftarget_ru_task_parent_idx")
                .doesNotContain("Seq Scan");
    }
}
