package cn.perftarget.bench.data;

import cn.perftarget.bpmn.FiscalRouting;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What one routing (the DMN evaluation before each fiscal review) costs with the routing table in two forms for the
 * generated organisation — one row per section listing its departments (deployed), one row per department — evaluated
 * by the process engine's own DMN engine without deploying anything, for the generated departments in turn.
 */
public final class RoutingDecisionBenchmark {

    /** Microseconds per evaluation, per form of the table, with its number of rows. */
    public record Result(String form, int rows, double microsPerEvaluation) {}

    private final DmnEngine dmn;
    private final CommandExecutor commands;

    public RoutingDecisionBenchmark(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.dmn = configuration.getDmnEngine();
        this.commands = configuration.getCommandExecutorTxRequired();
    }

    public List<Result> run(BenchOrganisation org, int warmup, int evaluations) {
        Map<String, String> routes = new LinkedHashMap<>();
        org.departments().forEach(d -> routes.put(d.code(), d.sectionCode()));
        long sections = routes.values().stream().distinct().count();
        return List.of(
                measure(
                        "one row per section, FEEL (deployed)",
                        sections + 5,
                        FiscalRoutingTable.oneRowPerSection(routes),
                        org,
                        warmup,
                        evaluations),
                measure(
                        "one row per department, FEEL",
                        routes.size() + 5L,
                        FiscalRoutingTable.oneRowPerDepartment(routes),
                        org,
                        warmup,
                        evaluations),
                measure(
                        "one row per section, generated rows in JUEL",
                        sections + 5,
                        FiscalRoutingTable.oneRowPerSectionJuel(routes),
                        org,
                        warmup,
                        evaluations));
    }

    private Result measure(String form, long rows, String xml, BenchOrganisation org, int warmup, int evaluations) {
        // inside one engine command, as in the process: parsing and JUEL need the engine's context
        return commands.execute(context -> evaluate(form, rows, xml, org, warmup, evaluations));
    }

    private Result evaluate(String form, long rows, String xml, BenchOrganisation org, int warmup, int evaluations) {
        DmnDecision decision = dmn.parseDecision(
                FiscalRouting.DECISION_KEY, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<BenchOrganisation.Department> departments = org.departments();
        long t0 = 0;
        for (int i = -warmup; i < evaluations; i++) {
            if (i == 0) {
                t0 = System.nanoTime();
            }
            BenchOrganisation.Department d = departments.get(Math.floorMod(i, departments.size()));
            Object section = dmn.evaluateDecisionTable(
                            decision,
                            Variables.createVariables().putValue(FiscalRouting.INPUT_DEPARTMENT_CODE, d.code()))
                    .getSingleResult()
                    .getSingleEntry();
            if (!d.sectionCode().equals(section)) {
                throw new IllegalStateException(form + ": " + d.code() + " → " + section);
            }
        }
        double micros = (System.nanoTime() - t0) / 1e3 / evaluations;
        return new Result(form, (int) rows, Math.round(micros * 10) / 10.0);
    }
}
