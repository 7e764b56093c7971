package cn.perftarget.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.db.EmbeddedDatabase;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.faults.Postmaster;
import cn.perftarget.workflow.approval.ApprovalService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No typed draft is lost while the database is away: the save fails with 数据库暂时不可用 (no incident), the editor
 * keeps the content on the screen, unsaved, and does not let 返回 throw it away; once the database is back the next
 * automatic save stores it. The database is killed and started again under the running application (profile
 * {@code faults}, README).
 */
@Tag("faults")
class DatabaseOutageEditorKaribuTest extends KaribuTest {

    @Autowired
    TargetTableRepository repository;

    @Autowired
    ApprovalService service;

    @Autowired
    EmbeddedDatabase db;

    @Test
    void aDraftTypedDuringADatabaseOutageIsSavedWhenItIsBack() throws Exception {
        SeedCopies copies = new SeedCopies(repository, service);
        AppUser drafter = login("bianzhi");
        long id = copies.copyFor(drafter);
        TableEditor editor =
                navigate("tables/" + id + "/edit", TableEditorView.class).editor();
        String typed = "1.停库期间输入的目标：全年完成政务大厅设备维修不少于6次";

        Postmaster postmaster = Postmaster.of(Path.of(db.dataDirectory()));
        postmaster.kill();
        try {
            _setValue(editor.form().goals, typed);
            _click(_get(Button.class, s -> s.withId("editor-save")));
            expectNotifications("数据库暂时不可用，请稍后重试（本次操作未执行，页面上的内容仍然保留）");
            assertThat(_get(Span.class, s -> s.withId("save-state")).getText()).isEqualTo("数据库暂时不可用：修改尚未保存，恢复后将自动保存");
            assertThat(editor.isDirty()).isTrue();
            assertThat(editor.form().goals.getValue()).isEqualTo(typed);

            _click(_get(Button.class, s -> s.withId("editor-back")));
            assertThat(currentView())
                    .as("返回 does not leave the unsaved draft behind")
                    .isInstanceOf(TableEditorView.class);
            assertThat(editor.form().goals.getValue()).isEqualTo(typed);
        } finally {
            postmaster.restart();
        }

        awaitSaved(editor, Duration.ofSeconds(120));
        assertThat(copies.stored(id).content().goals()).isEqualTo(typed);
        assertThat(_get(Span.class, s -> s.withId("save-state")).getText()).startsWith("已自动保存");
    }

    /** The automatic save runs on the browser's poll; here it is asked until the database answers again. */
    private static void awaitSaved(TableEditor editor, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (editor.isDirty() && System.nanoTime() < end) {
            editor.saveIfChanged();
            if (editor.isDirty()) {
                Thread.sleep(1000);
            }
        }
        assertThat(editor.isDirty()).as("saved once the database is back").isFalse();
    }
}
