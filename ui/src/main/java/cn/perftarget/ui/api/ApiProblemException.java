package cn.perftarget.ui.api;

import cn.perftarget.domain.i18n.Message;
import org.springframework.http.HttpStatus;

/**
 * A refusal of the API layer itself (not of a service): a missing or stale {@code If-Match}, a bad parameter. Rendered
 * as a problem detail with its stable code.
 */
public class ApiProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Message text;

    public ApiProblemException(HttpStatus status, String code, Message text) {
        super(code);
        this.status = status;
        this.code = code;
        this.text = text;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Message text() {
        return text;
    }
}
