package cn.perftarget.ui.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.inbox.InboxView;
import cn.perftarget.ui.tables.NoAccessView;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.read.TableReadService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review screen on the real service and database: return, pass, grade, 良 edits, the diff, and scope. */
class ReviewKaribuTest extends KaribuTest {

    @Autowired
    TargetTableRepository repository;

    @Autowired
    AuditLog audit;

    @Autowired
    ApprovalService approvals;

    Tables tables;

    @BeforeEach
    void fixtures() {
        tables = create(Tables.class);
    }

    @Test
    void returnWithoutACommentIsRefusedInChineseAndNothingChanges() {
        long id = tables.atDepartmentReview(Tables.clean());
        int entries = audit.history(id).size();
        login("bumen");
        navigate("review/" + id, ReviewView.class);

        _click(_get(Button.class, s -> s.withId("review-return")));

        TextArea comment = _get(TextArea.class, s -> s.withId("review-comment"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("退回必须填写意见");
        expectNotifications("退回必须填写意见");
        assertThat(repository.get(id).status()).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(audit.history(id)).hasSize(entries);
        assertThat(currentView()).isInstanceOf(ReviewView.class);
    }

    @Test
    void returnWithACommentPinnedToARowGoesBackToTheUnit() {
        long id = tables.atDepartmentReview(Tables.clean());
        login("bumen");
        navigate("review/" + id, ReviewView.class);

        _setValue(_get(TextArea.class, s -> s.withId("review-comment")), "请补充指标的计量单位。");
        _click(_get(Button.class, s -> s.withId("pin-row-2")));
        _setValue(_get(TextField.class, s -> s.withId("pin-text-1")), "指标值应写明单位");
        _click(_get(Button.class, s -> s.withId("review-return")));

        assertThat(repository.get(id).status()).isEqualTo(TableStatus.DRAFTING);
        AuditEntry last = last(id);
        assertThat(last.action()).isEqualTo(AuditAction.RETURN);
        assertThat(last.actor()).isEqualTo("bumen");
        assertThat(last.comment()).isEqualTo("请补充指标的计量单位。\n【第2行指标】指标值应写明单位");
        assertThat(currentView()).isInstanceOf(InboxView.class);
    }

    @Test
    void theDrafterSeesTheReturnCommentPinnedToItsRow() {
        long id = tables.atDepartmentReview(Tables.clean());
        approvals.returnToUnit(tables.user("bumen"), tables.taskId(id), "总体意见\n【第2行指标】指标值应写明单位");
        login("bianzhi");
        navigate("review/" + id, ReviewView.class);

        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("last-comment-text"))
                        .getText())
                .isEqualTo("总体意见");
        NativeTableRow pins = _get(NativeTableRow.class, s -> s.withId("sheet-row-2-pins"));
        assertThat(_find(pins, Span.class).stream().map(Span::getText)).containsExactly("指标值应写明单位");
        assertThat(_find(NativeTableRow.class, s -> s.withId("sheet-row-1-pins")))
                .isEmpty();
        assertThat(_get(Button.class, s -> s.withId("review-revise")).isVisible())
                .isTrue();
        assertThat(_find(Button.class, s -> s.withId("review-return"))).isEmpty();
    }

    @Test
    void passSendsTheTableToTheFiscalReview() {
        long id = tables.atDepartmentReview(Tables.clean());
        login("bumen");
        navigate("review/" + id, ReviewView.class);

        _click(_get(Button.class, s -> s.withId("review-pass")));

        assertThat(repository.get(id).status()).isEqualTo(TableStatus.FISCAL_REVIEW);
        assertThat(last(id).action()).isEqualTo(AuditAction.PASS);
    }

    @Test
    void theFiscalReviewerFindsTheSuggestedGradePreselectedWithItsReasons() {
        String name = "评级建议测试" + System.nanoTime();
        long id = tables.atFiscalReview(Tables.clean(name));
        login("caizheng");
        navigate("review/" + id, ReviewView.class);

        // the table under review, at the fiscal step, with the four grades to choose from
        assertThat(_get(H2.class, s -> s.withId("review-title")).getText()).isEqualTo(name);
        assertThat(_get(Span.class, s -> s.withId("review-status")).getText()).isEqualTo("财政审核");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Grade> grade = _get(RadioButtonGroup.class, s -> s.withId("review-grade"));
        assertThat(grade.getListDataView().getItems().map(grade.getItemLabelGenerator()))
                .containsExactly("优（批复）", "良（协商修改后由单位确认）", "中（退回修改）", "差（不予安排）");
        var suggestion = context.getBean(TableReadService.class)
                .review(tables.user("caizheng"), id)
                .suggestion();
        // seed 004 table 0 has warnings that are no mere wording (R03, R04, R17, R23, R24, R27): 中 is suggested
        assertThat(suggestion.grade()).isEqualTo(cn.perftarget.domain.rules.validation.SuggestedGrade.FAIR);
        assertThat(grade.getValue()).isEqualTo(Grade.FAIR);
        assertThat(_get(Span.class, s -> s.withId("grade-suggested")).getText()).isEqualTo("系统建议等级：中");
        List<String> reasons = _find(
                        _get(UnorderedList.class, s -> s.withId("grade-reasons")),
                        com.vaadin.flow.component.html.ListItem.class)
                .stream()
                .map(li -> li.getText())
                .toList();
        assertThat(reasons)
                .isEqualTo(suggestion.reasons().stream()
                        .map(MessageBundles.domain()::chinese)
                        .toList())
                .first()
                .isEqualTo("建议退回修改（中）");

        _setValue(grade, Grade.FAIR);
        _click(_get(Button.class, s -> s.withId("review-submit-grade")));
        expectNotifications("评为“中”退回修改必须填写意见");
        assertThat(repository.get(id).status()).isEqualTo(TableStatus.FISCAL_REVIEW);

        _setValue(_get(TextArea.class, s -> s.withId("review-comment")), "绩效目标与指标不对应，请修改。");
        _click(_get(Button.class, s -> s.withId("review-submit-grade")));
        assertThat(repository.get(id).status()).isEqualTo(TableStatus.DRAFTING);
        assertThat(last(id).comment()).isEqualTo("评级：中。绩效目标与指标不对应，请修改。");
    }

    @Test
    void gradeGoodEditsTheTableInPlaceAndAsksTheUnitToConfirm() {
        long id = tables.atFiscalReview(Tables.clean());
        login("caizheng");
        navigate("review/" + id, ReviewView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Grade> grade = _get(RadioButtonGroup.class, s -> s.withId("review-grade"));

        _setValue(grade, Grade.GOOD);
        TextField value = _get(TextField.class, s -> s.withId("edit-row-1-VALUE"));
        String before = value.getValue();
        _setValue(value, "≥99%");
        _click(_get(Button.class, s -> s.withId("review-submit-grade")));

        assertThat(repository.get(id).status()).isEqualTo(TableStatus.UNIT_CONFIRM);
        assertThat(repository.get(id).content().indicators().get(0).valueText()).isEqualTo("≥99%");
        assertThat(last(id).comment()).isEqualTo("评级：良");
        assertThat(before).isNotEqualTo("≥99%");
    }

    @Test
    void theUnitSeesTheReviewersEditAndAcceptsIt() {
        long id = tables.atFiscalReview(Tables.clean());
        var drafted = repository.get(id).content();
        var rows = new java.util.ArrayList<>(drafted.indicators());
        var r = rows.get(0);
        rows.set(
                0,
                cn.perftarget.domain.table.IndicatorRow.of(
                        r.level1(), r.level2(), r.level3(), r.description(), "≥98%", r.basis()));
        approvals.grade(tables.user("caizheng"), tables.taskId(id), Grade.GOOD, null, drafted.withIndicators(rows));
        login("bianzhi");
        navigate("review/" + id, ReviewView.class);

        assertThat(_get(Span.class, s -> s.withId("diff-summary")).getText()).startsWith("财政审核人协商修改了 0 个字段、1 行指标");
        NativeTableRow row1 = _get(NativeTableRow.class, s -> s.withId("sheet-row-1"));
        var valueCell = row1.getDataCells().get(1 + IndicatorColumn.VALUE.ordinal());
        assertThat(valueCell.hasClassName("changed")).isTrue();
        assertThat(_find(valueCell, Span.class).stream().map(Span::getText)).contains("≥98%", r.valueText());

        _click(_get(Button.class, s -> s.withId("review-accept")));
        assertThat(repository.get(id).status()).isEqualTo(TableStatus.APPROVED);
        assertThat(last(id).action()).isEqualTo(AuditAction.ACCEPT);
    }

    @Test
    void theReviewerSeesWhatChangedSinceTheReturn() {
        long id = tables.atDepartmentReview(Tables.clean());
        approvals.returnToUnit(tables.user("bumen"), tables.taskId(id), "请修改第1行指标值");
        String old = repository.get(id).content().indicators().get(0).valueText();
        tables.reviseValueAndResubmit(id, 1, "≥97%");
        login("bumen");
        navigate("review/" + id, ReviewView.class);

        assertThat(_get(Span.class, s -> s.withId("diff-summary")).getText())
                .startsWith("与第1版（")
                .contains("0 个字段、1 行指标有变化");
        NativeTableRow row1 = _get(NativeTableRow.class, s -> s.withId("sheet-row-1"));
        var valueCell = row1.getDataCells().get(1 + IndicatorColumn.VALUE.ordinal());
        assertThat(valueCell.hasClassName("changed")).isTrue();
        assertThat(_find(valueCell, Span.class).stream().map(Span::getText)).containsExactly("≥97%", old);
        NativeTableRow row2 = _get(NativeTableRow.class, s -> s.withId("sheet-row-2"));
        assertThat(row2.getDataCells().stream().anyMatch(c -> c.hasClassName("changed")))
                .isFalse();
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("last-comment-text"))
                        .getText())
                .isEqualTo("请修改第1行指标值");
    }

    @Test
    void anotherUnitsTableIsNotFound() {
        long id = tables.drafted(Tables.clean());
        login("bianzhi3");

        UIs.navigate("review/" + id);
        assertThat(currentView()).isInstanceOf(NoAccessView.class);
        UIs.navigate("history/" + id);
        assertThat(currentView()).isInstanceOf(NoAccessView.class);
        UIs.navigate("review/999999999");
        assertThat(currentView()).isInstanceOf(NoAccessView.class);
    }

    private AuditEntry last(long id) {
        List<AuditEntry> history = audit.history(id);
        return history.get(history.size() - 1);
    }

    /** Navigation without expecting a view class. */
    private static final class UIs {
        static void navigate(String location) {
            com.vaadin.flow.component.UI.getCurrent().navigate(location);
        }
    }
}
