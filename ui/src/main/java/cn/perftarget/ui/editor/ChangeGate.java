package cn.perftarget.ui.editor;

/** Passes the form's value changes on to the editor, except those the editor makes itself while showing a table. */
final class ChangeGate {

    private final Runnable listener;
    private boolean muted;

    ChangeGate(Runnable listener) {
        this.listener = listener;
    }

    void fire() {
        if (!muted) {
            listener.run();
        }
    }

    /** Runs {@code change} without reporting the value changes it causes. */
    void muted(Runnable change) {
        boolean before = muted;
        muted = true;
        try {
            change.run();
        } finally {
            muted = before;
        }
    }
}
