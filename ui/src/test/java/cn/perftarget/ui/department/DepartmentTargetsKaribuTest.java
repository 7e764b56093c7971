package cn.perftarget.ui.department;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.importer.SeedDocuments;
import cn.perftarget.domain.importer.SubTarget;
import cn.perftarget.domain.office.write.PublicationDocument;
import cn.perftarget.domain.office.write.PublicationHeader;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.review.ReviewView;
import cn.perftarget.ui.review.Tables;
import cn.perftarget.ui.tables.PageNotFoundView;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.department.DepartmentPart;
import cn.perftarget.workflow.department.DepartmentTargetsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 部门整体绩效目标: the department reviewer edits, saves (and is told when someone saved meanwhile) and imports the
 * department's part; the fiscal reviewer reads it and finds it beside the department's tables in the review; a drafter
 * may not open the screen. Department 442 in years no other test uses (2022, 2024).
 */
class DepartmentTargetsKaribuTest extends KaribuTest {

    @Autowired
    DepartmentTargetsService departments;

    @Autowired
    ApprovalService approvals;

    private Tables tables;

    @BeforeEach
    void fixtures() {
        tables = create(Tables.class);
    }

    @Test
    void theDepartmentReviewerEditsAndSavesThePart() {
        int year = 2022;
        int before = departments.read(tables.user("bumen"), "442", year).version();
        login("bumen");
        DepartmentTargetsView view = open(year);
        assertThat(view).isNotNull();

        _setValue(_get(TextArea.class, s -> s.withId("dept-overall")), "提升行政审批服务效率");
        int items = lastItem();
        _click(_get(Button.class, s -> s.withId("dept-item-add")));
        int last = lastItem();
        assertThat(last).isEqualTo(items + 1);
        _setValue(_get(TextField.class, s -> s.withId("dept-item-title-" + last)), "政务服务中心运行");
        _setValue(_get(TextArea.class, s -> s.withId("dept-item-goal-" + last)), "保障大厅正常运行");
        _setValue(_get(TextArea.class, s -> s.withId("dept-item-indicator-" + last)), "群众满意度≥95%");
        _setValue(_get(TextArea.class, s -> s.withId("dept-measures")), "落实目标责任制");
        _click(_get(Button.class, s -> s.withId("dept-save")));

        expectNotifications("部门整体绩效目标已保存");
        DepartmentPart stored = departments.read(tables.user("bumen"), "442", year);
        assertThat(stored.version()).isEqualTo(before + 1);
        assertThat(stored.updatedBy()).isEqualTo("bumen");
        assertThat(stored.content().overallGoal()).isEqualTo("提升行政审批服务效率");
        assertThat(stored.content().subTargets()).last().isEqualTo(new SubTarget("政务服务中心运行", "保障大厅正常运行", "群众满意度≥95%"));
        assertThat(stored.content().measures()).isEqualTo("落实目标责任制");
        assertThat(_get(Span.class, s -> s.withId("dept-version")).getText())
                .startsWith("第" + (before + 1) + "版，bumen保存于");
        assertThat(_find(Anchor.class, s -> s.withId("dept-publication-docx"))).hasSize(1);
        assertThat(_find(Anchor.class, s -> s.withId("dept-publication-pdf"))).hasSize(1);
    }

    @Test
    void aSaveAfterSomeoneElseSavedIsRefusedWithTheReasonAndTheirPartStays() {
        int year = 2022;
        login("bumen");
        open(year);
        DepartmentPart now = departments.read(tables.user("bumen2"), "442", year);
        DepartmentTargets theirs = new DepartmentTargets("郑审核的版本", "", List.of(), "");
        departments.save(tables.user("bumen2"), "442", year, theirs, now.version());

        _setValue(_get(TextArea.class, s -> s.withId("dept-overall")), "李审核的版本");
        _click(_get(Button.class, s -> s.withId("dept-save")));

        expectNotifications("该部门整体绩效目标已被他人修改，请刷新后重试");
        assertThat(departments.read(tables.user("bumen"), "442", year).content())
                .isEqualTo(theirs);
        assertThat(_get(TextArea.class, s -> s.withId("dept-overall")).getValue())
                .as("the edit stays on the screen")
                .isEqualTo("李审核的版本");
    }

    @Test
    void thePartIsImportedFromAPasteOrAFile() throws Exception {
        int year = 2022;
        login("bumen");
        open(year);
        _click(_get(Button.class, s -> s.withId("dept-import")));
        _setValue(
                _get(TextArea.class, s -> s.withId("dept-import-text")),
                SeedDocuments.text(SeedDocuments.resource("004")));
        _click(_get(Button.class, s -> s.withId("dept-import-paste")));

        DepartmentTargets seed =
                SeedDocuments.load(SeedDocuments.resource("004")).department();
        assertThat(departments.read(tables.user("bumen"), "442", year).content())
                .isEqualTo(seed);
        assertThat(_get(TextArea.class, s -> s.withId("dept-overall")).getValue())
                .isEqualTo(seed.overallGoal());
        assertThat(_get(TextField.class, s -> s.withId("dept-item-title-2")).getValue())
                .isEqualTo("行政审批制度改革");

        _click(_get(Button.class, s -> s.withId("dept-import")));
        DepartmentTargets fromWord =
                new DepartmentTargets("从Word导入的总体目标", "", List.of(new SubTarget("政务服务", "优化营商环境", "满意度≥95%")), "保障措施");
        byte[] docx = PublicationDocument.docx(new PublicationHeader("442", "部门", year), fromWord, List.of());
        _get(DepartmentImportDialog.class).fromFile("部门.docx", docx);
        assertThat(departments.read(tables.user("bumen"), "442", year).content().overallGoal())
                .isEqualTo("从Word导入的总体目标");
        assertThat(_get(TextArea.class, s -> s.withId("dept-overall")).getValue())
                .isEqualTo("从Word导入的总体目标");

        _click(_get(Button.class, s -> s.withId("dept-import")));
        _get(DepartmentImportDialog.class).fromFile("部门.docx", "%PDF-1.4".getBytes());
        assertThat(departments.read(tables.user("bumen"), "442", year).content().overallGoal())
                .as("a refused file changes nothing")
                .isEqualTo("从Word导入的总体目标");
    }

    @Test
    void theFiscalReviewerReadsThePartWithoutSavingOrImporting() {
        login("caizheng");
        open(2022);
        assertThat(_get(TextArea.class, s -> s.withId("dept-overall")).isReadOnly())
                .isTrue();
        assertThat(_find(Button.class, s -> s.withId("dept-save")))
                .as("no visible 保存")
                .isEmpty();
        assertThat(_find(Button.class, s -> s.withId("dept-import")))
                .as("no visible 导入")
                .isEmpty();
        assertThat(_find(Button.class, s -> s.withId("dept-item-add"))).isEmpty();
        assertThat(_find(Anchor.class, s -> s.withId("dept-publication-docx"))).hasSize(1);
    }

    @Test
    void aDrafterMayNotOpenTheScreenAndAnotherDepartmentIsNotFound() {
        login("bianzhi");
        com.vaadin.flow.component.UI.getCurrent().navigate("department-targets");
        assertThat(currentView()).isInstanceOf(PageNotFoundView.class);
        _assertNoView();

        login("bumen-ln");
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(DepartmentTargetsView.class, DepartmentTargetsView.forDepartment("442", 2022));
        assertThat(currentView()).isNotInstanceOf(DepartmentTargetsView.class);
    }

    @Test
    void theFiscalReviewerFindsThePartBesideTheDepartmentsTableInTheReview() {
        int year = 2024;
        TargetTable content = Tables.clean();
        long id = approvals
                .create(tables.user("bianzhi"), content.withUnit(content.unitCode(), content.unitName(), year))
                .tableId();
        approvals.submit(tables.user("bianzhi"), id);
        approvals.pass(tables.user("bumen"), tables.taskId(id), null);
        AppUser bumen = tables.user("bumen");
        DepartmentPart now = departments.read(bumen, "442", year);
        departments.save(
                bumen,
                "442",
                year,
                new DepartmentTargets("互联网+政务服务稳步推进", "", List.of(new SubTarget("行政审批", "提高效率", "按时办结率≥95%")), "落实责任"),
                now.version());

        login("caizheng");
        navigate("review/" + id, ReviewView.class);
        Details panel = _get(Details.class, s -> s.withId("review-department-part"));
        assertThat(panel.getSummaryText()).isEqualTo("部门整体绩效目标（2024年）");
        assertThat(_find(panel, ListItem.class)).hasSize(1);
        assertThat(_find(panel, ListItem.class).get(0).getElement().getTextRecursively())
                .contains("行政审批", "绩效目标：提高效率", "绩效指标：按时办结率≥95%");
        assertThat(_find(panel, com.vaadin.flow.router.RouterLink.class, s -> s.withId("review-department-open")))
                .hasSize(1);
    }

    /** The screen of department 442's part of the year, opened as a link opens it. */
    private DepartmentTargetsView open(int year) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(DepartmentTargetsView.class, DepartmentTargetsView.forDepartment("442", year));
        return (DepartmentTargetsView) currentView();
    }

    /** The number of the last item in the form (0: none). */
    private static int lastItem() {
        for (int n = 1; ; n++) {
            String id = "dept-item-title-" + n;
            if (_find(TextField.class, s -> s.withId(id)).isEmpty()) {
                return n - 1;
            }
        }
    }

    private static void _assertNoView() {
        assertThat(_find(DepartmentTargetsView.class)).isEmpty();
    }
}
