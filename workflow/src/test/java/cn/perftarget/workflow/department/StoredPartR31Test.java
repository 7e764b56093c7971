package cn.perftarget.workflow.department;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.importer.SeedDocuments;
import cn.perftarget.domain.importer.SubTarget;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.TestOrganisation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R31 with the department's stored part as context: on real seed tables of the department's units, the findings show
 * on the department's first table — in the review, in the findings the editor shows — and not on the others.
 */
class StoredPartR31Test extends WorkflowTestSupport {

    @Autowired
    DepartmentTargetsService departments;

    @Test
    void theStoredPartsUnmatchedItemsShowOnTheDepartmentsFirstTable() {
        TestOrganisation org = newOrganisation();
        long first = create(org.drafter1, SeedContent.qhd(0)); // 光纤租赁和短信机费用
        long second = create(org.drafter2, SeedContent.qhd(3));
        approvals.submit(org.drafter1, first);
        String firstName = table(first).content().projectName();
        String secondName = table(second).content().projectName();

        assertThat(r31(reader.review(org.reviewer1, first).findings()))
                .as("no part stored yet")
                .isEmpty();

        // seed 004's own part (行政审批, 行政审批制度改革, 政务服务) and an item named like the second table
        DepartmentTargets seed =
                SeedDocuments.load(SeedDocuments.resource("004")).department();
        List<SubTarget> items = new java.util.ArrayList<>(seed.subTargets());
        items.add(new SubTarget(secondName, "", ""));
        departments.save(
                org.reviewer1,
                org.department.code(),
                2020,
                new DepartmentTargets(seed.overallGoal(), "", items, seed.measures()),
                0);

        List<Finding> onFirst = r31(reader.review(org.reviewer1, first).findings());
        assertThat(onFirst)
                .extracting(Finding::location)
                .containsExactly(Location.departmentItem(0), Location.departmentItem(1), Location.departmentItem(2));
        assertThat(MessageBundles.domain().chinese(onFirst.get(0).message())).contains("行政审批");
        assertThat(r31(reader.findings(org.fiscal, first, table(first).content())))
                .as("what the fiscal reviewer's findings show")
                .hasSize(3);
        assertThat(r31(reader.findings(org.drafter2, second, table(second).content())))
                .as("the second table carries none")
                .isEmpty();
        assertThat(firstName).isNotEqualTo(secondName);

        // the editor's context: the table renamed to an item's title matches that item
        var context = reader.validationContext(org.drafter1, first);
        var renamed = named(table(first).content(), "行政审批");
        List<Finding> edited =
                r31(reader.validator(org.drafter1, first).validate(renamed, context.withSiblings(List.of(renamed))));
        assertThat(edited).extracting(Finding::location).doesNotContain(Location.departmentItem(0));
    }

    private static TargetTable named(TargetTable t, String name) {
        return new TargetTable(
                t.projectCode(),
                name,
                t.unitCode(),
                t.unitName(),
                t.fiscalYear(),
                t.budget(),
                t.fiscalFunds(),
                t.otherFunds(),
                t.fundPurpose(),
                t.plan(),
                t.goals(),
                t.indicators());
    }

    private static List<Finding> r31(List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals("R31")).toList();
    }
}
