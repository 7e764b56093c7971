package cn.perftarget.workflow.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.approval.ImportResult;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.InvalidInputException.Input;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.TestOrganisation;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every input of the approval service has a size limit (入侵防范): a paste of more than 2 MB or 20,000 lines, a comment
 * of more than 2,000 characters, a table field, the indicator rows and their cells beyond theirs are refused by the
 * service — the same for every screen and API — with a text in Chinese and English saying which limit, and nothing is
 * stored; an imported table beyond the limits is skipped with that text.
 */
class InputLimitsTest extends WorkflowTestSupport {

    @Test
    void aPasteOfMoreThanTwoMegabytesIsRefusedBeforeItIsReadAndNothingIsStored() throws IOException {
        TestOrganisation org = newOrganisation();
        String huge = document() + "说".repeat(800_000); // 16.6 kB of tables and 2.4 MB of text, in few lines
        int before = tablesOf(org);

        assertRefused(
                () -> approvals.importTables(org.drafter1, huge, 2025),
                Input.DOCUMENT,
                "error.limit.pasteBytes",
                "粘贴的内容过大（2.3 MB），一次最多导入 2.0 MB；请分几次粘贴导入",
                "The pasted text is too large (2.3 MB); at most 2.0 MB can be imported at once. Paste it in parts.");
        assertRefused(
                () -> approvals.previewImport(org.drafter1, huge, 2025),
                Input.DOCUMENT,
                "error.limit.pasteBytes",
                null,
                null);
        assertThat(tablesOf(org)).isEqualTo(before);
    }

    @Test
    void aPasteOfMoreThanTwentyThousandLinesIsRefused() {
        TestOrganisation org = newOrganisation();
        String lines = "\t项目编码\n".repeat(20_001);

        assertRefused(
                () -> approvals.importTables(org.drafter1, lines, 2025),
                Input.DOCUMENT,
                "error.limit.pasteLines",
                "粘贴的内容有20,001行，一次最多导入20,000行；请分几次粘贴导入",
                "The pasted text has 20,001 lines; at most 20,000 lines can be imported at once. Paste it in parts.");
        assertThat(tablesOf(org)).isZero();
    }

    @Test
    void aPasteWithinTheLimitsIsImported() throws IOException {
        TestOrganisation org = newOrganisation();
        String own = document().replace("120001", org.unit1.code()).replace("13081123P", "L" + org.unit1.code());
        ImportResult imported = approvals.importTables(org.drafter1, own, 2025);
        assertThat(imported.created()).isNotEmpty();
    }

    @Test
    void aTooLongCommentIsRefusedAndTheTaskStaysWhereItWas() {
        TestOrganisation org = newOrganisation();
        long id = submitted(org.drafter1);
        String task = taskId(id);

        assertRefused(
                () -> approvals.returnToUnit(org.reviewer1, task, "退".repeat(2_001)),
                Input.COMMENT,
                "error.limit.comment",
                "意见过长（2,001个字），最多2,000个字",
                "The comment is too long (2,001 characters); at most 2,000 characters");
        assertRefused(
                () -> approvals.pass(org.reviewer1, task, "过".repeat(2_001)),
                Input.COMMENT,
                "error.limit.comment",
                null,
                null);
        assertThat(status(id)).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(taskId(id)).isEqualTo(task);

        approvals.returnToUnit(org.reviewer1, task, "退".repeat(2_000));
        assertThat(status(id)).isEqualTo(TableStatus.DRAFTING);
    }

    @Test
    void aTooLongFieldTooManyRowsOrATooLongCellIsRefused() {
        TestOrganisation org = newOrganisation();
        TargetTable clean = SeedContent.clean();
        long id = create(org.drafter1, clean);
        int version = table(id).version();

        assertRefused(
                () -> approvals.saveDraft(org.drafter1, id, clean.withGoals("目".repeat(10_001)), version),
                Input.CONTENT,
                "error.limit.field",
                "绩效目标过长（10,001个字），最多10,000个字",
                null);
        var row = clean.indicators().get(0);
        assertRefused(
                () -> approvals.create(
                        org.drafter1,
                        SeedContent.uniqueCode(clean.withIndicators(java.util.Collections.nCopies(501, row)))),
                Input.CONTENT,
                "error.limit.rows",
                "绩效指标有501行，最多500行",
                null);
        var longCell = cn.perftarget.domain.table.IndicatorColumn.BASIS.with(row, "依".repeat(2_001));
        assertRefused(
                () -> approvals.saveDraft(org.drafter1, id, clean.withIndicators(java.util.List.of(longCell)), version),
                Input.CONTENT,
                "error.limit.cell",
                "第1行绩效指标的指标值确定依据过长（2,001个字），最多2,000个字",
                null);
        assertThat(table(id).version()).isEqualTo(version);
        assertThat(table(id).content())
                .isEqualTo(clean.withUnit(org.unit1.code(), org.unit1.name(), clean.fiscalYear()));
    }

    @Test
    void anImportedTableBeyondTheLimitsIsSkippedWithTheReason() throws IOException {
        TestOrganisation org = newOrganisation();
        String own = document().replace("120001", org.unit1.code()).replace("13081123P", "M" + org.unit1.code());
        // one table's 绩效目标 grows past 10,000 characters
        int goals = own.indexOf("\t绩效目标\n\t");
        assertThat(goals).isPositive();
        int at = goals + "\t绩效目标\n\t".length();
        String tooLarge = own.substring(0, at) + "长".repeat(10_001) + own.substring(at);

        ImportResult imported = approvals.importTables(org.drafter1, tooLarge, 2025);

        assertThat(imported.skipped()).anySatisfy(m -> {
            assertThat(m.key()).isEqualTo("import.skipped.tooLarge");
            assertThat(WorkflowTexts.chinese(m)).contains("过大，未导入：绩效目标过长（10,0");
        });
    }

    private void assertRefused(
            Runnable action,
            Input input,
            String key,
            @org.jspecify.annotations.Nullable String chinese,
            @org.jspecify.annotations.Nullable String english) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.input()).isEqualTo(input);
            assertThat(e.text().key()).isEqualTo(key);
            if (chinese != null) {
                assertThat(WorkflowTexts.chinese(e.text())).isEqualTo(chinese);
            }
            if (english != null) {
                assertThat(WorkflowTexts.BUNDLES.render(e.text(), MessageBundles.ENGLISH))
                        .isEqualTo(english);
            }
        });
    }

    private int tablesOf(TestOrganisation org) {
        Integer n = jdbc.queryForObject(
                "select count(*) from target_table where unit_id in (?, ?)",
                Integer.class,
                org.unit1.id(),
                org.unit2.id());
        return n == null ? 0 : n;
    }

    /** Seed 002 (承德高新区, unit 120001): 16.6 kB, 682 lines. */
    private static String document() throws IOException {
        try (InputStream in = InputLimitsTest.class.getResourceAsStream("/seeds/" + SeedContent.CHENGDE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
