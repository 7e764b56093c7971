package cn.perftarget.workflow.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.inbox.PageRequest;
import cn.perftarget.workflow.inbox.SortKey;
import cn.perftarget.workflow.inbox.TableListFilter;
import cn.perftarget.workflow.inbox.TableListRow;
import cn.perftarget.workflow.support.SeedContent;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A fiscal reviewer who sits in the 财政局 itself (not in one of its sections) sees the tables of the departments of
 * every section of the bureau — what the bureau's overview counts, so that its drill-down lists are not empty — and
 * nothing of a department reviewed by another bureau's section.
 */
class BureauScopeTest extends WorkflowTestSupport {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String HASH = "{noop}x";

    @Test
    void aBureauFiscalReviewerSeesTheTablesOfEverySectionOfTheBureauAndNoOthers() {
        int n = 900 + NEXT.getAndIncrement();
        String region = "bureau-scope-" + n;
        Organisation bureau =
                organisations.save(new Organisation(null, "BB-" + n, "测试财政局B" + n, OrgKind.BUREAU, null, region));
        Organisation section1 = organisations.save(
                new Organisation(null, "BS1-" + n, "预算一科" + n, OrgKind.SECTION, bureau.id(), region));
        Organisation section2 = organisations.save(
                new Organisation(null, "BS2-" + n, "预算二科" + n, OrgKind.SECTION, bureau.id(), region));
        Organisation otherBureau =
                organisations.save(new Organisation(null, "BO-" + n, "别的财政局" + n, OrgKind.BUREAU, null, region));
        Organisation otherSection = organisations.save(
                new Organisation(null, "BOS-" + n, "别的科室" + n, OrgKind.SECTION, otherBureau.id(), region));
        long t1 = tableOfNewDepartment(n, 1, bureau, section1, region);
        long t2 = tableOfNewDepartment(n, 2, bureau, section2, region);
        long t3 = tableOfNewDepartment(n, 3, otherBureau, otherSection, region);
        AppUser atBureau = users.save("fb" + n, "局审核" + n, HASH, bureau.id(), Set.of(Role.FISCAL_REVIEWER), false);
        AppUser atSection1 = users.save("fs" + n, "科审核" + n, HASH, section1.id(), Set.of(Role.FISCAL_REVIEWER), false);

        assertThat(reader.table(atBureau, t1).id()).isEqualTo(t1);
        assertThat(reader.table(atBureau, t2).id()).isEqualTo(t2);
        assertThatThrownBy(() -> reader.table(atBureau, t3)).isInstanceOf(NotFoundException.class);
        assertThat(listed(atBureau)).as("the drill-down list of the bureau").containsExactlyInAnyOrder(t1, t2);
        assertThat(listed(atSection1))
                .as("a section's reviewer: its departments only")
                .containsExactly(t1);
        assertThat(reader.departmentsInScope(atBureau))
                .extracting(Organisation::code)
                .containsExactly("B" + n + "1", "B" + n + "2");
    }

    private java.util.List<Long> listed(AppUser user) {
        return reader
                .list(user, TableListFilter.NONE, PageRequest.first(100, SortKey.PROJECT_CODE, false))
                .rows()
                .stream()
                .map(TableListRow::tableId)
                .toList();
    }

    /** A department reviewed by the section, one unit, one table drafted there. */
    private long tableOfNewDepartment(int n, int i, Organisation bureau, Organisation section, String region) {
        String code = "B" + n + i;
        Organisation department = organisations.save(
                new Organisation(null, code, "测试部门B" + n + "-" + i, OrgKind.DEPARTMENT, bureau.id(), region));
        Organisation unit = organisations.save(
                new Organisation(null, code + "001", "测试单位B" + n + "-" + i, OrgKind.UNIT, department.id(), region));
        organisations.assignDepartment(section.id(), department.id());
        AppUser drafter = users.save("bd" + n + i, "编制" + n + i, HASH, unit.id(), Set.of(Role.DRAFTER), false);
        return create(drafter, SeedContent.clean());
    }
}
