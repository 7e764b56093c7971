package cn.perftarget.ui.api;

import cn.perftarget.domain.i18n.Message;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem details (RFC 9457) of the API: {@code type} names the stable error code
 * ({@code urn:perftarget:problem:<code>}), {@code code} repeats it, {@code message_key} is the key of the text, and
 * {@code detail} is the text in the caller's language.
 */
public final class Problems {

    /** The media type of every error answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, String code, Message text, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ApiLanguage.render(text, locale));
        problem.setType(URI.create("urn:perftarget:problem:" + code));
        problem.setTitle(ApiLanguage.text(titleKey(status), locale));
        problem.setProperty("code", code);
        problem.setProperty("message_key", text.key());
        return problem;
    }

    private static String titleKey(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "api.problem.badRequest";
            case UNAUTHORIZED -> "api.problem.unauthorized";
            case FORBIDDEN -> "api.problem.forbidden";
            case NOT_FOUND -> "api.problem.notFound";
            case METHOD_NOT_ALLOWED -> "api.problem.methodNotAllowed";
            case CONFLICT -> "api.problem.conflict";
            case PRECONDITION_FAILED -> "api.problem.preconditionFailed";
            case PRECONDITION_REQUIRED -> "api.problem.preconditionRequired";
            case UNSUPPORTED_MEDIA_TYPE -> "api.problem.unsupportedMediaType";
            case UNPROCESSABLE_ENTITY -> "api.problem.unprocessable";
            case TOO_MANY_REQUESTS -> "api.problem.tooManyRequests";
            case SERVICE_UNAVAILABLE -> "api.problem.unavailable";
            default -> "api.problem.internal";
        };
    }
}
