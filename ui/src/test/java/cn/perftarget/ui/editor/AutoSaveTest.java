package cn.perftarget.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The automatic save: on the browser's poll once 30 s have passed, and when the editor leaves the screen. */
class AutoSaveTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final AtomicInteger saves = new AtomicInteger();

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void savesOnPollEvery30SecondsAndOnDetach() {
        UI ui = UI.getCurrent();
        ui.setPollInterval(60_000); // something else polls slower: the editor needs 30 s
        Div editor = new Div();
        new AutoSave(editor, saves::incrementAndGet, now::get);
        ui.add(editor);
        assertThat(ui.getPollInterval()).isEqualTo(30_000);

        poll(ui);
        assertThat(saves).as("too early").hasValue(0);
        now.addAndGet(30_000);
        poll(ui);
        assertThat(saves).hasValue(1);
        now.addAndGet(10_000);
        poll(ui);
        assertThat(saves).hasValue(1);

        ui.remove(editor);
        assertThat(saves).as("saved on detach").hasValue(2);
        assertThat(ui.getPollInterval()).isEqualTo(60_000);
        now.addAndGet(60_000);
        poll(ui);
        assertThat(saves).as("no more polls once detached").hasValue(2);
    }

    @Test
    void aClosedUiSavesToo() {
        UI ui = UI.getCurrent();
        Div editor = new Div();
        new AutoSave(editor, saves::incrementAndGet, now::get);
        ui.add(editor);
        // what Vaadin does with a closed UI (tab closed, heartbeat lost) and with every UI of an expired session
        ui.close();
        com.vaadin.flow.server.VaadinSession.getCurrent().removeUI(ui);
        assertThat(saves).hasValue(1);
    }

    private static void poll(UI ui) {
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }
}
