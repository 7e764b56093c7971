package cn.perftarget.bench.data;

import cn.perftarget.bpmn.FiscalRouting;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;
import org.jspecify.annotations.Nullable;

/**
 * The routing decision (fiscal-routing.dmn) for the generated departments, done the way an operator would: a new
 * version of the decision with one row per generated section listing its departments (the FEEL unary tests
 * {@code "200","210",…}), inserted before the catch-all row; the rows of the shipped model stay as they are. The process
 * always evaluates the latest version, so the generated tables are routed by the engine exactly as section_department
 * says — which {@link #verify} checks by evaluating the deployed decision for every department.
 * <p>
 * One row per section rather than per department: the DMN engine evaluates the input entry of every row on each
 * routing (hit policy FIRST picks among the matches afterwards), so the cost grows with the rows; the benchmark
 * report compares both forms ({@link #oneRowPerDepartment}).
 */
final class FiscalRoutingTable {

    private final RepositoryService repositoryService;
    private final DecisionService decisionService;

    FiscalRoutingTable(RepositoryService repositoryService, DecisionService decisionService) {
        this.repositoryService = repositoryService;
        this.decisionService = decisionService;
    }

    /** Deploys the new version and checks that it routes every department to its section. */
    void deploy(BenchOrganisation org) {
        Map<String, String> routes = new java.util.LinkedHashMap<>();
        org.departments().forEach(d -> routes.put(d.code(), d.sectionCode()));
        repositoryService
                .createDeployment()
                .name("财政审核科室分派（基准测试 " + org.regionCode() + "）")
                .addString("fiscal-routing.dmn", oneRowPerSection(routes))
                .deploy();
        verify(routes);
    }

    /** The shipped decision with a row per section (listing its departments) before the catch-all row. */
    static String oneRowPerSection(Map<String, String> departmentToSection) {
        Map<String, List<String>> bySection = new java.util.TreeMap<>();
        departmentToSection.forEach(
                (d, s) -> bySection.computeIfAbsent(s, k -> new ArrayList<>()).add(d));
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        bySection.forEach((section, departments) -> rows.put(
                departments.stream().map(d -> "\"" + d + "\"").collect(java.util.stream.Collectors.joining(",")),
                section));
        return withRows(rows);
    }

    /** The shipped decision with a row per department before the catch-all row (the form the report compares). */
    static String oneRowPerDepartment(Map<String, String> departmentToSection) {
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        departmentToSection.forEach((d, s) -> rows.put("\"" + d + "\"", s));
        return withRows(rows);
    }

    /**
     * One row per section as in {@link #oneRowPerSection}, but the generated rows' input entries written in JUEL
     * ({@code ${cellInput == "200" || …}}) instead of FEEL — the form the report compares for the cost of FEEL.
     */
    static String oneRowPerSectionJuel(Map<String, String> departmentToSection) {
        Map<String, List<String>> bySection = new java.util.TreeMap<>();
        departmentToSection.forEach(
                (d, s) -> bySection.computeIfAbsent(s, k -> new ArrayList<>()).add(d));
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        bySection.forEach((section, departments) -> rows.put(
                "${"
                        + departments.stream()
                                .map(d -> "cellInput == '" + d + "'")
                                .collect(java.util.stream.Collectors.joining(" || "))
                        + "}",
                section));
        return withRows(rows, "juel");
    }

    private static String withRows(Map<String, String> rows) {
        return withRows(rows, null);
    }

    /**
     * The shipped decision with the given rows (unary tests → section) before its last (catch-all) row.
     *
     * @param inputLanguage the expression language of the new rows' input entries, null for the default (FEEL)
     */
    private static String withRows(Map<String, String> rows, @Nullable String inputLanguage) {
        DmnModelInstance model;
        try (InputStream in = FiscalRoutingTable.class.getClassLoader().getResourceAsStream(FiscalRouting.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath has no " + FiscalRouting.RESOURCE);
            }
            model = Dmn.readModelFromStream(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        DecisionTable table =
                model.getModelElementsByType(DecisionTable.class).iterator().next();
        List<Rule> rules = new ArrayList<>(table.getRules());
        Rule catchAll = rules.get(rules.size() - 1);
        table.getRules().remove(catchAll);
        int n = 0;
        for (Map.Entry<String, String> row : rows.entrySet()) {
            String id = "benchRoute" + (++n);
            Rule rule = model.newInstance(Rule.class);
            rule.setId(id);
            Description description = model.newInstance(Description.class);
            description.setTextContent(row.getKey().replace("\"", "") + " → " + row.getValue() + "（基准测试数据）");
            rule.setDescription(description);
            InputEntry input = entry(model, InputEntry.class, id + "Departments", row.getKey());
            if (inputLanguage != null) {
                input.setExpressionLanguage(inputLanguage);
            }
            rule.getInputEntries().add(input);
            rule.getOutputEntries().add(entry(model, OutputEntry.class, id + "Section", "\"" + row.getValue() + "\""));
            table.getRules().add(rule);
        }
        table.getRules().add(catchAll);
        return Dmn.convertToString(model);
    }

    private static <T extends org.camunda.bpm.model.dmn.instance.DmnElement> T entry(
            DmnModelInstance model, Class<T> type, String id, String feel) {
        T entry = model.newInstance(type);
        entry.setId(id);
        Text text = model.newInstance(Text.class);
        text.setTextContent(feel);
        if (entry instanceof InputEntry in) {
            in.setText(text);
        } else if (entry instanceof OutputEntry out) {
            out.setText(text);
        }
        return entry;
    }

    private void verify(Map<String, String> routes) {
        routes.forEach((department, section) -> {
            Object routed = decisionService
                    .evaluateDecisionTableByKey(
                            FiscalRouting.DECISION_KEY,
                            Variables.createVariables().putValue(FiscalRouting.INPUT_DEPARTMENT_CODE, department))
                    .getSingleResult()
                    .getSingleEntry();
            if (!section.equals(routed)) {
                throw new IllegalStateException("财政审核分派：部门 " + department + " 应到 " + section + "，实为 " + routed);
            }
        });
    }
}
