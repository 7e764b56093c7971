package cn.perftarget.workflow.process;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a string variable of a process instance's own scope straight from the engine's runtime table (index
 * ACT_IDX_VAR_PROCINST), as {@code RuntimeService.getVariable(processInstanceId, name)} would give it, in one statement
 * instead of an engine command that loads the execution, its definition and every variable of the instance. Only
 * reads: the engine's API sets them.
 */
@Repository
public class ProcessVariableText {

    private final JdbcClient jdbc;

    public ProcessVariableText(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The variable's text; empty when the instance has no such string variable. */
    public Optional<String> of(String processInstanceId, String name) {
        return jdbc.sql("""
                        select TEXT_ from ACT_RU_VARIABLE
                         where PROC_INST_ID_ = ? and EXECUTION_ID_ = PROC_INST_ID_ and TASK_ID_ is null
                           and NAME_ = ? and TYPE_ = 'string'""")
                .param(processInstanceId)
                .param(name)
                .query(String.class)
                .optional();
    }
}
