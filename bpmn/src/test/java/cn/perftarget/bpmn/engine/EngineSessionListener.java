package cn.perftarget.bpmn.engine;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Closes the shared engine and its PostgreSQL when the test run ends (registered through META-INF/services). */
public class EngineSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        PostgresProcessEngine.closeShared();
    }
}
