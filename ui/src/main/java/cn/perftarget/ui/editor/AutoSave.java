package cn.perftarget.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Nothing typed is lost: while the editor is shown the browser polls (every 30 s, or faster if another part of the
 * screen already polls) and unsaved changes are saved; when the editor goes away — navigation, closed tab, session
 * timeout — they are saved too.
 */
final class AutoSave {

    static final int INTERVAL_MS = 30_000;

    private final Runnable saveIfChanged;
    private final LongSupplier clock;
    /** The poll listener while the owner is attached. */
    private @Nullable Registration poll;

    private int previousInterval = -1;
    private long lastRun;

    AutoSave(Component owner, Runnable saveIfChanged) {
        this(owner, saveIfChanged, System::currentTimeMillis);
    }

    /** @param clock milliseconds now */
    AutoSave(Component owner, Runnable saveIfChanged, LongSupplier clock) {
        this.saveIfChanged = saveIfChanged;
        this.clock = clock;
        this.lastRun = clock.getAsLong();
        owner.addAttachListener(e -> start(e.getUI()));
        owner.addDetachListener(e -> {
            stop(e.getUI());
            saveIfChanged.run();
        });
    }

    private void start(UI ui) {
        previousInterval = ui.getPollInterval();
        ui.setPollInterval(previousInterval > 0 ? Math.min(previousInterval, INTERVAL_MS) : INTERVAL_MS);
        poll = ui.addPollListener(e -> tick());
    }

    private void stop(UI ui) {
        Registration listener = poll;
        if (listener != null) {
            listener.remove();
            poll = null;
            ui.setPollInterval(previousInterval);
        }
    }

    /** A poll: saves when the interval has passed since the last automatic save. */
    void tick() {
        long now = clock.getAsLong();
        if (now - lastRun >= INTERVAL_MS - 1_000) {
            lastRun = now;
            saveIfChanged.run();
        }
    }
}
