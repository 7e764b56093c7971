package cn.perftarget.domain.i18n;

/**
 * A value with a name for people, e.g. a status or a severity: its name is the bundle text under {@link #labelKey()}.
 * Enums implement it, so that every key the code can produce can be listed by a test (no key is built elsewhere).
 */
public interface Labelled {

    /** The bundle key of the name, e.g. {@code status.DRAFTING}. */
    String labelKey();

    /** The name as a text to render. */
    default Message label() {
        return Message.of(labelKey());
    }
}
