package cn.perftarget.workflow.text;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;

/**
 * The workflow's texts: its bundle {@code i18n/workflow} (steps, refusals, notifications, audit notes), then the
 * domain's for the names they contain. Screens render with their own chain (the ui's bundle first); this is for what
 * the workflow renders itself — the Chinese of an exception's message in a log, or of a stored notification.
 */
public final class WorkflowTexts {

    public static final String BUNDLE = "i18n/workflow";
    public static final MessageBundles BUNDLES = new MessageBundles(BUNDLE, MessageBundles.DOMAIN);

    private WorkflowTexts() {}

    public static String chinese(Message message) {
        return BUNDLES.chinese(message);
    }
}
