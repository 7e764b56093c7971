package cn.perftarget.ui.api.tables;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.ui.api.ApiProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** The ETag of a table is its version ({@code "3"}); {@code If-Match} must name it to change a draft. */
final class Etags {

    private Etags() {}

    static String of(int version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} names: 428 without one, 412 for one that names no version. */
    static int expected(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblemException(
                    HttpStatus.PRECONDITION_REQUIRED, "if_match_required", Message.of("api.error.ifMatchRequired"));
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            throw stale();
        }
    }

    static ApiProblemException stale() {
        return new ApiProblemException(
                HttpStatus.PRECONDITION_FAILED, "stale_version", Message.of("api.error.staleVersion"));
    }
}
