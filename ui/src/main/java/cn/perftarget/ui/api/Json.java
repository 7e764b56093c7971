package cn.perftarget.ui.api;

import org.jspecify.annotations.Nullable;

/** Small helpers of the JSON forms: an absent text is blank. */
final class Json {

    private Json() {}

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
