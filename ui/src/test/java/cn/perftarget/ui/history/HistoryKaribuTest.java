package cn.perftarget.ui.history;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.review.Tables;
import cn.perftarget.workflow.approval.ApprovalService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The history screen: every audit entry in the timeline, newest first, beside the diagram of the round. */
class HistoryKaribuTest extends KaribuTest {

    @Autowired
    ApprovalService approvals;

    @Autowired
    AuditLog audit;

    Tables tables;

    @BeforeEach
    void fixtures() {
        tables = create(Tables.class);
    }

    @Test
    void timelineListsEveryActionWithWhoWhenAndTheRevision() {
        long id = tables.atDepartmentReview(Tables.clean());
        approvals.returnToUnit(tables.user("bumen"), tables.taskId(id), "请补充依据\n【第1行指标】依据不足");
        approvals.submit(tables.user("bianzhi"), id);
        approvals.pass(tables.user("bumen"), tables.taskId(id), null);
        login("bianzhi");
        navigate("history/" + id, HistoryView.class);

        List<ListItem> entries = _find(_get(UnorderedList.class, s -> s.withId("timeline")), ListItem.class);
        assertThat(entries).hasSize(audit.history(id).size()).hasSize(5);
        assertThat(entries)
                .extracting(e -> e.getId().orElseThrow())
                .containsExactly(
                        "timeline-entry-5",
                        "timeline-entry-4",
                        "timeline-entry-3",
                        "timeline-entry-2",
                        "timeline-entry-1");
        assertThat(text(entries.get(0))).contains("审核通过", "李审核（主管部门审核人）", "主管部门审核 → 财政审核", "第2版（编制）");
        assertThat(text(entries.get(2))).contains("退回", "李审核", "主管部门审核 → 编制中", "请补充依据", "【第1行指标】依据不足");
        assertThat(text(entries.get(3))).contains("提交", "王编制（编制人）", "编制中 → 主管部门审核", "第1版（编制）");
        assertThat(text(entries.get(4))).contains("创建", "王编制");

        _click(_get(Button.class, s -> s.withId("revision-link-4")));
        Dialog dialog = _get(Dialog.class, s -> s.withId("revision-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(Span.class, s -> s.withId("revision-diff-summary")).getText())
                .isEqualTo("与第1版相比：0 个字段、0 行指标有变化。");
    }

    @Test
    void diagramShowsTheFinishedStepsAndTheCurrentOne() {
        long id = tables.atFiscalReview(Tables.clean());
        login("bianzhi");
        navigate("history/" + id, HistoryView.class);

        String svg =
                _get(Div.class, s -> s.withId("process-diagram")).getElement().getProperty("innerHTML");
        assertThat(svg)
                .startsWith("<svg")
                .contains("<g class=\"node finished\" data-element=\"submitted\">")
                .contains("<g class=\"node finished\" data-element=\"departmentReview\">")
                .contains("<g class=\"node finished\" data-element=\"routeToFiscalSection\">")
                .contains("<g class=\"node current\" data-element=\"fiscalReview\">")
                .contains("<g class=\"node pending\" data-element=\"unitConfirmation\">")
                .contains("<g class=\"node pending\" data-element=\"approved\">");
    }

    @Test
    void anApprovedRoundEndsAtTheApprovedEvent() {
        long id = tables.atFiscalReview(Tables.clean());
        approvals.grade(tables.user("caizheng"), tables.taskId(id), Grade.EXCELLENT, null, null);
        login("caizheng");
        navigate("history/" + id, HistoryView.class);

        String svg =
                _get(Div.class, s -> s.withId("process-diagram")).getElement().getProperty("innerHTML");
        assertThat(svg)
                .contains("<g class=\"node current\" data-element=\"approved\">")
                .contains("<g class=\"node finished\" data-element=\"fiscalReview\">")
                .doesNotContain("<g class=\"node current\" data-element=\"fiscalReview\">");
        assertThat(_get(Span.class, s -> s.withId("history-status")).getText()).isEqualTo("已批复");
    }

    @Test
    void aTableNeverSubmittedHasNoProgress() {
        long id = tables.drafted(Tables.clean());
        login("bianzhi");
        navigate("history/" + id, HistoryView.class);

        String svg =
                _get(Div.class, s -> s.withId("process-diagram")).getElement().getProperty("innerHTML");
        assertThat(svg).doesNotContain("node current").doesNotContain("node finished");
        assertThat(_get(Span.class, s -> s.withId("diagram-legend")).getText()).isEqualTo("尚未提交审核，流程未开始。");
        assertThat(_find(_get(UnorderedList.class, s -> s.withId("timeline")), ListItem.class))
                .hasSize(1);
    }

    private static String text(ListItem item) {
        return item.getElement().getTextRecursively();
    }
}
