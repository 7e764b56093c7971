package cn.perftarget.workflow.admin.settings;

/** The notes of the settings' security log entries: keys of the domain's bundle, then the data (old -> new). */
final class SettingsDetails {

    static final String WORKFLOW = "security.detail.workflowSettings";
    static final String CALENDAR = "security.detail.calendarSaved";
    static final String FRAMEWORK = "security.detail.frameworkYear";
    static final String RULE = "security.detail.ruleSetting";

    private SettingsDetails() {}
}
