package cn.perftarget.ui.history;

import cn.perftarget.ui.i18n.TranslationProvider;

/**
 * The names of the process diagram's elements in the reader's language: the bundle text under
 * {@code diagram.<BPMN element id>}, one for every named element of the model. {@code DiagramSvgTest} lists the
 * model's named elements and fails when one has no key, or when a Chinese text differs from the model's name.
 */
final class DiagramNames {

    /** The key family: the prefix of every key, followed by the element id. */
    static final String PREFIX = "diagram.";

    private DiagramNames() {}

    static String key(String elementId) {
        return PREFIX.concat(elementId);
    }

    /** The element's name shown in the current UI's language. */
    static String shown(String elementId, String nameInModel) {
        return TranslationProvider.text(key(elementId));
    }
}
