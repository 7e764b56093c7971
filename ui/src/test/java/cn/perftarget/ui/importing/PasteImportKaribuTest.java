package cn.perftarget.ui.importing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.office.write.TableDocuments;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.editor.TableEditorView;
import cn.perftarget.ui.review.Tables;
import cn.perftarget.ui.tables.MyTablesView;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 粘贴导入 of a real published document (seed 004, 秦皇岛经开区行政审批局, units 442001/442003/442004): the dialog shows
 * what was recognised before anything is stored; accepting creates the drafter's unit's tables only. The seed tables
 * are already demo drafts, so the pasted copy carries other project codes (prefix 1303112 → U303112).
 */
class PasteImportKaribuTest extends KaribuTest {

    @Autowired
    TargetTableRepository tables;

    @Autowired
    AuditLog audit;

    @Test
    void recognisesTheSeedDocumentAndCreatesTheUnitsDrafts() throws IOException {
        AppUser drafter = login("bianzhi"); // 442001
        String pasted = seed("/seeds/004_f47e421262983de5.txt").replaceAll("(?m)^\\t1303112", "\tU303112");
        navigate("tables", MyTablesView.class);
        _click(_get(Button.class, s -> s.withId("tables-import")));
        PasteImportDialog dialog = _get(PasteImportDialog.class);

        _setValue(_get(TextArea.class, s -> s.withId("paste-text")), pasted);

        List<RecognisedTables.Line> lines = dialog.recognised().lines();
        assertThat(lines).hasSize(24);
        assertThat(lines.stream().filter(l -> !l.otherUnit())).hasSize(19);
        RecognisedTables.Line first = lines.get(0);
        assertThat(first.table().projectCode()).isEqualTo("U303112121B0RMI62LEAT");
        assertThat(first.table().projectName()).isEqualTo("服务器、总控室的设备维修费以及短息服务费");
        assertThat(first.table().budget().text()).isEqualTo("4.00");
        assertThat(first.table().plan().december()).isEqualTo("100.00%");
        assertThat(first.table().indicators()).hasSize(6);
        assertThat(lines.get(19).otherUnit()).as("专项邮电费 belongs to 442003").isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("import-summary"))
                        .getText())
                .isEqualTo("识别出 24 张表，其中本单位 19 张；0 处无法识别");
        assertThat(tables.findByYearAndCode(2020, "U303112121B0RMI62LEAT"))
                .as("nothing stored yet")
                .isEmpty();

        _click(_get(Button.class, s -> s.withId("paste-accept")));

        assertThat(_find(Div.class, s -> s.withClasses("import-created"))).hasSize(19);
        assertThat(_find(Div.class, s -> s.withClasses("import-skipped")))
                .hasSize(5)
                .allSatisfy(d -> assertThat(d.getText()).contains("不是本单位"));
        StoredTable created =
                tables.findByYearAndCode(2020, "U303112121B0RMI62LEAT").orElseThrow();
        assertThat(created.unitId()).isEqualTo(drafter.organisation().id());
        assertThat(created.status()).isEqualTo(TableStatus.DRAFTING);
        assertThat(created.content().goals()).isEqualTo("1.维护服务器、总控室设备正常运行，保证政务大厅的正常工作，出现问题及时维修");
        assertThat(audit.history(created.id())).extracting(e -> e.action()).containsExactly(AuditAction.IMPORT);
        assertThat(tables.findByYearAndCode(2020, "U30311219Q3XT3A39F26U"))
                .as("442003's table not imported")
                .isEmpty();

        RouterLink open =
                _get(_find(Div.class, s -> s.withClasses("import-created")).get(0), RouterLink.class);
        RouterLinkKt._click(open);
        assertThat(currentView()).isInstanceOf(TableEditorView.class);
        assertThat(dialog.isOpened())
                .as("the dialog closes when a created table is opened")
                .isFalse();
    }

    @Test
    void textWithoutTablesSaysSoAndCannotBeImported() {
        login("bianzhi");
        navigate("tables", MyTablesView.class);
        _click(_get(Button.class, s -> s.withId("tables-import")));
        _setValue(_get(TextArea.class, s -> s.withId("paste-text")), "这里没有绩效目标表，只有一段说明文字。");
        assertThat(_find(Div.class, s -> s.withClasses("import-problem")))
                .extracting(Div::getText)
                .containsExactly("没有找到绩效目标表（文本中没有“项目编码”）");
        assertThat(_get(Button.class, s -> s.withId("paste-accept")).isEnabled())
                .isFalse();
    }

    @Test
    void aPasteBeyondTheLimitsIsRefusedWithWhatTheLimitIs() {
        login("bianzhi");
        navigate("tables", MyTablesView.class);
        _click(_get(Button.class, s -> s.withId("tables-import")));

        _setValue(_get(TextArea.class, s -> s.withId("paste-text")), "\t项目编码\n".repeat(20_001));

        expectNotifications("粘贴的内容有20,001行，一次最多导入20,000行；请分几次粘贴导入");
        assertThat(_get(Button.class, s -> s.withId("paste-accept")).isEnabled())
                .isFalse();
    }

    @Test
    void uploadedWordAndExcelFilesArePreviewedThenImportedAndARefusedFileSaysWhy() throws IOException {
        login("bianzhi"); // 442001
        TargetTable fromWord = Tables.clean();
        TargetTable fromExcel = Tables.clean("上传的Excel表");
        TargetTable locked = Tables.clean("加了密码的表");
        navigate("tables", MyTablesView.class);
        _click(_get(Button.class, s -> s.withId("tables-import")));
        PasteImportDialog dialog = _get(PasteImportDialog.class);
        _setValue(_get(IntegerField.class, s -> s.withId("paste-year")), 2020);
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, s -> s.withId("import-tab-files")));
        Upload upload = _get(Upload.class, s -> s.withId("import-upload"));

        UploadKt._upload(upload, "表一.docx", TableDocuments.docx(fromWord, 1));
        UploadKt._upload(upload, "表二.xlsx", TableDocuments.xlsx(fromExcel, 1));
        UploadKt._upload(upload, "加密.xlsx", encrypted(TableDocuments.xlsx(locked, 1)));

        assertThat(dialog.recognised().lines())
                .extracting(RecognisedTables.Line::file, l -> l.table().projectCode())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("表一.docx", fromWord.projectCode()),
                        org.assertj.core.groups.Tuple.tuple("表二.xlsx", fromExcel.projectCode()));
        assertThat(_find(Div.class, s -> s.withClasses("import-refused")))
                .extracting(Div::getText)
                .containsExactly("文件“加密.xlsx”已加密或设有打开密码，无法读取。请取消密码后重新上传");
        assertThat(tables.findByYearAndCode(2020, fromWord.projectCode()))
                .as("nothing stored yet")
                .isEmpty();
        byte[] findings = DownloadKt._download(_get(Anchor.class, s -> s.withId("import-findings-download")));
        assertThat(findings).startsWith('P', 'K');

        _click(_get(Button.class, s -> s.withId("paste-accept")));

        assertThat(_find(Div.class, s -> s.withClasses("import-created"))).hasSize(2);
        assertThat(_find(Div.class, s -> s.withClasses("import-refused")))
                .extracting(Div::getText)
                .containsExactly("✗ 文件“加密.xlsx”已加密或设有打开密码，无法读取。请取消密码后重新上传");
        assertThat(tables.findByYearAndCode(2020, fromWord.projectCode())).isPresent();
        assertThat(tables.findByYearAndCode(2020, fromExcel.projectCode()))
                .get()
                .satisfies(t -> assertThat(t.content().indicators()).isEqualTo(fromExcel.indicators()));
        assertThat(tables.findByYearAndCode(2020, locked.projectCode())).isEmpty();
    }

    /** The OOXML file encrypted with a password to open (agile encryption, as Excel and WPS write it). */
    private static byte[] encrypted(byte[] ooxml) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(ooxml));
                    OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String seed(String resource) throws IOException {
        try (InputStream in = PasteImportKaribuTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
