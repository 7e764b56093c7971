package cn.perftarget.workflow.access;

import cn.perftarget.domain.i18n.Labelled;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.process.ProcessStep;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@link AccessPolicy} as the Markdown table of {@code docs/security.md} (between its {@code access-policy}
 * markers): one row per action with the roles granted and their reach, in Chinese and English. The page is checked
 * against this ({@code AccessPolicyTableTest}), so it cannot drift from the policy.
 */
public final class AccessPolicyTable {

    public static final String BEGIN = "<!-- access-policy:begin (generated from AccessPolicy) -->";
    public static final String END = "<!-- access-policy:end -->";

    private AccessPolicyTable() {}

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| action (操作) | roles granted (授权角色) | reach (范围) |\n|---|---|---|\n");
        for (ServiceAction action : ServiceAction.values()) {
            Grant grant = AccessPolicy.grant(action);
            String roles = Arrays.stream(Role.values())
                    .filter(grant.roles()::contains)
                    .map(AccessPolicyTable::both)
                    .collect(Collectors.joining("; "));
            out.append("| `")
                    .append(action.name())
                    .append("` ")
                    .append(both(action))
                    .append(" | ")
                    .append(roles)
                    .append(" | ")
                    .append(both(grant.reach()))
                    .append(" |\n");
        }
        out.append("\nThe role of each step (reach `STEP_REVIEWER`, and the unit's own steps): ");
        out.append(Arrays.stream(ProcessStep.values())
                .filter(s -> AccessPolicy.roleOfStep(s).isPresent())
                .map(s -> both(s) + " → " + both(AccessPolicy.roleOfStep(s).orElseThrow()))
                .collect(Collectors.joining("; ")));
        return out.append(".\n").toString();
    }

    private static String both(Labelled labelled) {
        Message name = Message.of(labelled.labelKey());
        return text(name, MessageBundles.CHINESE) + " (" + text(name, MessageBundles.ENGLISH) + ")";
    }

    private static String text(Message message, Locale locale) {
        return WorkflowTexts.BUNDLES.render(message, locale);
    }
}
