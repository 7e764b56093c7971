package cn.perftarget.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.findings.FindingItem;
import cn.perftarget.ui.tables.MyTablesView;
import cn.perftarget.workflow.approval.ApprovalService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 编制: live findings, one-click fixes, save and reload, automatic save, conflicts and the blocked submission. */
class TableEditorKaribuTest extends KaribuTest {

    @Autowired
    TargetTableRepository repository;

    @Autowired
    ApprovalService service;

    private SeedCopies copies;
    private AppUser drafter;

    @BeforeEach
    void drafter() {
        copies = new SeedCopies(repository, service);
        drafter = login("bianzhi");
    }

    private TableEditor open(long id) {
        return navigate("tables/" + id + "/edit", TableEditorView.class).editor();
    }

    private static List<String> rules(TableEditor editor) {
        return editor.findings().findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void placeholderGoalShowsR01WhileTypingAndFixingItRemovesIt() {
        TableEditor editor = open(copies.copyFor(drafter));
        assertThat(rules(editor)).doesNotContain("R01");

        _setValue(editor.form().goals, "1.目标内容1");

        Finding r01 = editor.findings().findings().stream()
                .filter(f -> f.ruleId().equals("R01"))
                .findFirst()
                .orElseThrow();
        assertThat(r01.severity()).isEqualTo(Severity.ERROR);
        assertThat(MessageBundles.domain().chinese(r01.message())).contains("目标内容1");
        FindingItem item = _get(FindingItem.class, s -> s.withClasses("finding-error"));
        assertThat(item.finding().ruleId()).isEqualTo("R01");
        assertThat(_get(item, com.vaadin.flow.component.html.Div.class, s -> s.withClasses("finding-message"))
                        .getText())
                .startsWith("绩效目标只有编号或模板文字“1.目标内容1”");
        assertThat(item.getElement().getAttribute("data-rule")).isEqualTo("R01");
        assertThat(editor.findings().findings().get(0).severity())
                .as("errors first")
                .isEqualTo(Severity.ERROR);

        _click(_get(item, Button.class, s -> s.withClasses("finding-jump")));
        assertThat(editor.form().jumpTarget()).isSameAs(editor.form().goals);

        _setValue(editor.form().goals, "1.全年完成政务大厅设备维修不少于5次，保障服务器和总控室正常运行");
        assertThat(rules(editor)).doesNotContain("R01");
        assertThat(editor.isDirty()).isTrue();
    }

    @Test
    void oneClickFixRewritesTheCellAndTheFindingGoes() {
        TableEditor editor = open(copies.copyFor(drafter));
        IndicatorRowEditor satisfaction = editor.form().indicators.rows().get(5);
        _setValue((TextField) satisfaction.cell(IndicatorColumn.VALUE), "98%");

        FindingItem r28 = _find(FindingItem.class).stream()
                .filter(i -> i.finding().ruleId().equals("R28"))
                .findFirst()
                .orElseThrow();
        assertThat(r28.finding().location()).isEqualTo(Location.row(5, IndicatorColumn.VALUE));
        _click(_get(r28, Button.class, s -> s.withClasses("finding-jump")));
        assertThat(satisfaction.isHighlighted()).isTrue();
        assertThat(editor.form().jumpTarget()).isSameAs(satisfaction);

        Button fix = _get(r28, Button.class, s -> s.withClasses("finding-fix"));
        assertThat(fix.getText()).isEqualTo("改为“≥98%”");
        _click(fix);

        assertThat(((TextField) satisfaction.cell(IndicatorColumn.VALUE)).getValue())
                .isEqualTo("≥98%");
        assertThat(rules(editor)).doesNotContain("R28");
        assertThat(editor.form().value().indicators().get(5).valueText()).isEqualTo("≥98%");

        // the seed's own 100%以上 (R23): its fix writes =100%
        FindingItem r23 = _find(FindingItem.class).stream()
                .filter(i -> i.finding().ruleId().equals("R23"))
                .findFirst()
                .orElseThrow();
        _click(_get(r23, Button.class, s -> s.withClasses("finding-fix")));
        assertThat(((TextField) editor.form().indicators.rows().get(1).cell(IndicatorColumn.VALUE)).getValue())
                .isEqualTo("=100%");
        assertThat(rules(editor)).doesNotContain("R23", "R28");
    }

    @Test
    void submitIsBlockedByAnErrorAndTheTableStaysInDrafting() {
        long id = copies.copyFor(drafter);
        TableEditor editor = open(id);
        _setValue(editor.form().goals, "1.目标内容1");

        _click(_get(Button.class, s -> s.withId("editor-submit")));

        SubmitErrorsDialog dialog = _get(SubmitErrorsDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("submit-errors-message"))
                        .getText())
                .contains("错误")
                .contains("请修改后再提交");
        List<String> listed =
                _find(dialog, com.vaadin.flow.component.html.Div.class, s -> s.withClasses("submit-error")).stream()
                        .map(d -> d.getElement().getAttribute("data-rule"))
                        .toList();
        assertThat(listed).contains("R01");

        StoredTable stored = copies.stored(id);
        assertThat(stored.status()).isEqualTo(TableStatus.DRAFTING);
        assertThat(stored.submittedAt()).isNull();
        assertThat(stored.content().goals())
                .as("the draft was saved before the server refused")
                .isEqualTo("1.目标内容1");
    }

    @Test
    void aTableWithoutErrorsIsSubmitted() {
        long id = copies.copyFor(drafter);
        TableEditor editor = open(id);
        assertThat(editor.findings().count(Severity.ERROR)).isZero();

        _click(_get(Button.class, s -> s.withId("editor-submit")));

        assertThat(copies.stored(id).status()).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(currentView()).isInstanceOf(MyTablesView.class);

        TableEditor readOnly = open(id);
        _assertNone(Button.class, s -> s.withId("editor-save"));
        _assertNone(Button.class, s -> s.withId("editor-submit"));
        assertThat(readOnly.form().goals.isReadOnly()).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("save-state"))
                        .getText())
                .isEqualTo("当前状态为“主管部门审核”，只能查看，不能修改");
    }

    @Test
    void saveAndReloadKeepsEveryCell() {
        long id = copies.copyFor(drafter);
        TableEditor editor = open(id);
        TableForm form = editor.form();
        _setValue(form.header.name, "政务大厅设备维修");
        _setValue(form.funds.budget.field(), new BigDecimal("5.5"));
        _setValue(form.funds.fiscal.field(), new BigDecimal("5.50"));
        _setValue(form.funds.purpose, "预算数 5.5万元，用于设备维修");
        _setValue(form.plan.inputs.get(1).field(), new BigDecimal("40"));
        _setValue(form.goals, "1.设备完好率≥98%\n2.维修次数不超过5次");
        IndicatorRowEditor first = form.indicators.rows().get(0);
        _setValue((TextField) first.cell(IndicatorColumn.LEVEL3), "设备维修次数");
        _setValue((TextArea) first.cell(IndicatorColumn.DESCRIPTION), "全年维修服务器与总控室设备");
        _setValue((TextField) first.cell(IndicatorColumn.VALUE), "≤5次");
        _setValue((TextArea) first.cell(IndicatorColumn.BASIS), "近三年维修记录");
        IndicatorRowEditor sustain = form.indicators.rows().get(4);
        @SuppressWarnings("unchecked")
        ComboBox<String> level2 = (ComboBox<String>) sustain.cell(IndicatorColumn.LEVEL2);
        _setValue(level2, "社会效益指标");
        _click(_get(first, Button.class, s -> s.withClasses("row-insert")));
        IndicatorRowEditor inserted = form.indicators.rows().get(1);
        assertThat(inserted.value().level2()).isEqualTo("数量指标");
        _setValue((TextField) inserted.cell(IndicatorColumn.LEVEL3), "短信服务条数");
        _setValue((TextField) inserted.cell(IndicatorColumn.VALUE), "≥2000条");
        _setValue((TextArea) inserted.cell(IndicatorColumn.BASIS), "上年发送量");
        _setValue((TextArea) inserted.cell(IndicatorColumn.DESCRIPTION), "全年发送办件短信");
        _click(_get(form.indicators.rows().get(3), Button.class, s -> s.withClasses("row-remove"))); // 年完成率
        TargetTable onScreen = form.value();

        _click(_get(Button.class, s -> s.withId("editor-save")));
        assertThat(editor.isDirty()).isFalse();

        TargetTable stored = copies.stored(id).content();
        assertThat(stored).isEqualTo(onScreen);
        assertThat(stored.projectName()).isEqualTo("政务大厅设备维修");
        assertThat(stored.budget()).isEqualTo(new MoneyCell("5.50"));
        assertThat(stored.fiscalFunds()).isEqualTo(new MoneyCell("5.50"));
        assertThat(stored.otherFunds()).as("untouched cell kept as written").isEqualTo(new MoneyCell("0"));
        assertThat(stored.plan()).isEqualTo(new SpendingPlan("25.00%", "40%", "75.00%", "100.00%"));
        assertThat(stored.indicators()).hasSize(6);
        assertThat(stored.indicators().get(1))
                .isEqualTo(IndicatorRow.of("产出指标", "数量指标", "短信服务条数", "全年发送办件短信", "≥2000条", "上年发送量"));
        assertThat(stored.indicators()).extracting(IndicatorRow::level3).doesNotContain("年完成率");
        assertThat(stored.indicators().get(4).level2()).isEqualTo("社会效益指标");

        // a new screen shows exactly what is stored
        navigate("tables", MyTablesView.class);
        TableEditor again = open(id);
        assertThat(again.form().value()).isEqualTo(stored);
        assertThat(again.form().funds.budget.field().getValue()).isEqualByComparingTo("5.50");
        assertThat(again.form().indicators.rows().get(1).heading())
                .as("same group as the row above")
                .isNull();
        assertThat(again.form().indicators.rows().get(0).heading()).isEqualTo("产出指标 › 数量指标");
        assertThat(again.isDirty()).isFalse();
    }

    @Test
    void leavingTheEditorSavesWhatWasTyped() {
        long id = copies.copyFor(drafter);
        TableEditor editor = open(id);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getPollInterval()).isEqualTo(AutoSave.INTERVAL_MS);
        _setValue(editor.form().funds.purpose, "主要用于服务器、总控室设备的维修和短信服务");

        navigate("tables", MyTablesView.class);

        assertThat(copies.stored(id).content().fundPurpose()).isEqualTo("主要用于服务器、总控室设备的维修和短信服务");
    }

    @Test
    void aConcurrentChangeIsAConflictInChineseAndTheUserMayKeepTheirContent() {
        long id = copies.copyFor(drafter);
        TableEditor editor = open(id);
        StoredTable before = copies.stored(id);
        AppUser colleague = login("shuangzhi"); // another drafter of 442001
        service.saveDraft(colleague, id, before.content().withGoals("1.同事改过的目标"), before.version());
        login("bianzhi");

        _setValue(editor.form().goals, "1.我改的目标");
        _click(_get(Button.class, s -> s.withId("editor-save")));

        assertThat(_get(ConflictBanner.class).isVisible()).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("conflict-message"))
                        .getText())
                .startsWith("该绩效目标表已被他人修改");
        assertThat(copies.stored(id).content().goals()).isEqualTo("1.同事改过的目标");
        assertThat(editor.isDirty()).as("the typed text is still there").isTrue();

        _click(_get(Button.class, s -> s.withId("conflict-overwrite")));

        _assertNone(ConflictBanner.class);
        assertThat(copies.stored(id).content().goals()).isEqualTo("1.我改的目标");
    }

    @Test
    void planCheckRunsWhileTyping() {
        TableEditor editor = open(copies.copyFor(drafter));
        PlanSection plan = editor.form().plan;
        assertThat(plan.checkText()).startsWith("✓");
        _setValue(plan.inputs.get(3).field(), new BigDecimal("25"));
        assertThat(plan.checkText()).contains("12月底（25%）小于10月底（75.00%）").contains("12月底应为100%");
        assertThat(rules(editor)).contains("R10", "R11");
    }
}
