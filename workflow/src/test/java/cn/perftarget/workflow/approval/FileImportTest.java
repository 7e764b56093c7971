package cn.perftarget.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.support.OfficeUploads;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.TestOrganisation;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 导入 from Word and Excel files: several files at once, previewed without storing anything, then imported into the
 * drafter's unit in one transaction; a refused file says why in Chinese and nothing of it is saved; other units'
 * tables are skipped and listed; only a drafter imports.
 */
class FileImportTest extends WorkflowTestSupport {

    @Test
    void aDocxAndAnXlsxArePreviewedThenImportedIntoTheDraftersUnit() {
        TestOrganisation org = newOrganisation();
        TargetTable first = own(org, SeedContent.qhd(0));
        TargetTable second = own(org, SeedContent.qhd(3));
        List<UploadedFile> files =
                List.of(OfficeUploads.docx("第一张.docx", first), OfficeUploads.xlsx("第二张.xlsx", second));

        List<FileReading> preview = approvals.previewFiles(org.drafter1, files, 2025);

        assertThat(preview).extracting(FileReading::fileName).containsExactly("第一张.docx", "第二张.xlsx");
        assertThat(preview).allSatisfy(r -> {
            assertThat(r.refusal()).isNull();
            assertThat(r.document()).isNotNull();
            assertThat(r.document().tables()).hasSize(1);
        });
        assertThat(preview.get(0).document().tables().get(0).projectCode()).isEqualTo(first.projectCode());
        assertThat(preview.get(1).document().tables().get(0).indicators()).isEqualTo(second.indicators());
        assertThat(tables.findByYearAndCode(2025, first.projectCode()))
                .as("nothing stored by the preview")
                .isEmpty();

        List<FileImport> imported = approvals.importFiles(org.drafter1, files, 2025);

        assertThat(imported).hasSize(2).allSatisfy(f -> {
            assertThat(f.refusal()).isNull();
            assertThat(f.result().created()).hasSize(1);
        });
        StoredTable stored = tables.findByYearAndCode(2025, first.projectCode()).orElseThrow();
        assertThat(stored.unitId()).isEqualTo(org.unit1.id());
        assertThat(stored.status()).isEqualTo(TableStatus.DRAFTING);
        assertThat(stored.content().goals()).isEqualTo(first.goals());
        assertThat(actions(stored.id())).containsExactly(AuditAction.IMPORT);
        StoredTable fromExcel =
                tables.findByYearAndCode(2025, second.projectCode()).orElseThrow();
        assertThat(fromExcel.content().plan()).isEqualTo(second.plan());
    }

    @Test
    void aRefusedFileSaysWhyInChineseAndNothingOfItIsSavedWhileTheOthersAreImported() {
        TestOrganisation org = newOrganisation();
        TargetTable locked = own(org, SeedContent.qhd(4));
        TargetTable disguised = own(org, SeedContent.qhd(5));
        TargetTable good = own(org, SeedContent.qhd(6));
        List<UploadedFile> files = List.of(
                OfficeUploads.encryptedXlsx("加密.xlsx", locked),
                OfficeUploads.pdfNamedDocx("其实是PDF.docx", disguised),
                OfficeUploads.docx("正常.docx", good));

        List<FileImport> imported = approvals.importFiles(org.drafter1, files, 2025);

        assertThat(imported.get(0).refusal()).isNotNull();
        assertThat(WorkflowTexts.chinese(imported.get(0).refusal())).isEqualTo("文件“加密.xlsx”已加密或设有打开密码，无法读取。请取消密码后重新上传");
        assertThat(WorkflowTexts.BUNDLES.render(imported.get(0).refusal(), MessageBundles.ENGLISH))
                .contains("加密.xlsx")
                .containsIgnoringCase("password");
        assertThat(WorkflowTexts.chinese(imported.get(1).refusal())).startsWith("文件“其实是PDF.docx”的扩展名是");
        assertThat(imported.get(0).result().created()).isEmpty();
        assertThat(imported.get(1).result().created()).isEmpty();
        assertThat(imported.get(2).refusal()).isNull();
        assertThat(imported.get(2).result().created()).hasSize(1);
        assertThat(tables.findByYearAndCode(2025, locked.projectCode())).isEmpty();
        assertThat(tables.findByYearAndCode(2025, disguised.projectCode())).isEmpty();
        assertThat(tables.findByYearAndCode(2025, good.projectCode())).isPresent();
    }

    @Test
    void anotherUnitsTablesAreSkippedAndListedAndOnlyADrafterImports() {
        TestOrganisation org = newOrganisation();
        TargetTable others = SeedContent.qhd(7).withUnit(org.unit2.code(), org.unit2.name(), 2025);
        UploadedFile file = OfficeUploads.docx("兄弟单位.docx", others);

        List<FileImport> imported = approvals.importFiles(org.drafter1, List.of(file), 2025);

        assertThat(imported.get(0).result().created()).isEmpty();
        assertThat(imported.get(0).result().skipped())
                .singleElement()
                .satisfies(m -> assertThat(WorkflowTexts.chinese(m)).contains("不是本单位"));
        assertThat(tables.findByYearAndCode(2025, others.projectCode())).isEmpty();
        assertThatThrownBy(() -> approvals.importFiles(org.reviewer1, List.of(file), 2025))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> approvals.previewFiles(org.reviewer1, List.of(file), 2025))
                .isInstanceOf(NotAllowedException.class);
        assertThat(tables.findByYearAndCode(2025, others.projectCode())).isEmpty();
    }

    @Test
    void noFileOrTooManyFilesAreRefusedBeforeAnythingIsRead() {
        TestOrganisation org = newOrganisation();
        UploadedFile one = OfficeUploads.docx("表.docx", own(org, SeedContent.qhd(8)));

        assertThatThrownBy(() -> approvals.importFiles(org.drafter1, List.of(), 2025))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.text().key()).isEqualTo("error.upload.required"));
        assertThatThrownBy(() -> approvals.importFiles(org.drafter1, Collections.nCopies(21, one), 2025))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(WorkflowTexts.chinese(e.text())).isEqualTo("一次上传了21个文件，一次最多导入20个文件；请分几次导入"));
        assertThat(tables.findByYearAndCode(2025, own(org, SeedContent.qhd(8)).projectCode()))
                .isEmpty();
    }

    private static TargetTable own(TestOrganisation org, TargetTable t) {
        return t.withUnit(org.unit1.code(), org.unit1.name(), 2025);
    }
}
