package cn.perftarget.ui.i18n;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.inbox.InboxTab;
import java.util.Arrays;
import java.util.List;

/**
 * The families of ui bundle keys built from an enum constant ({@code home.duty.DRAFTER}). Screens build such keys
 * only through here, never by concatenating strings, so that {@code MessageBundleTest} can list every key the code
 * can produce. Enums whose one name is the same everywhere implement {@link cn.perftarget.domain.i18n.Labelled}
 * instead.
 */
public enum EnumKeys {
    /** 首页: what a role does here */
    HOME_DUTY("home.duty.", Role.class),
    /** 待办: the tabs of the inbox, with their count */
    INBOX_TAB("inbox.tab.", InboxTab.class),
    /** 待办: what an empty tab says */
    INBOX_EMPTY("inbox.empty.", InboxTab.class),
    /** 财政审核: a grade to choose, with what it does (优（批复）…) */
    REVIEW_GRADE("review.grade.", Grade.class),
    /** a grade's name alone (优, 良, 中, 差): the domain bundle's names of the grades */
    GRADE("grade.", Grade.class);

    private final String prefix;
    private final Class<? extends Enum<?>> type;

    EnumKeys(String prefix, Class<? extends Enum<?>> type) {
        this.prefix = prefix;
        this.type = type;
    }

    /** The key of one constant of this family's enum. */
    public String key(Enum<?> constant) {
        if (!type.isInstance(constant)) {
            throw new IllegalArgumentException(constant + " is not a " + type.getSimpleName());
        }
        return prefix + constant.name();
    }

    /** Every key of this family. */
    public List<String> keys() {
        return Arrays.stream(type.getEnumConstants()).map(this::key).toList();
    }
}
