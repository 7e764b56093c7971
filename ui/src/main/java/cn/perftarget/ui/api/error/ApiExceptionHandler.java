package cn.perftarget.ui.api.error;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.ui.api.ApiLanguage;
import cn.perftarget.ui.api.ApiPaths;
import cn.perftarget.ui.api.ApiProblemException;
import cn.perftarget.ui.api.FindingJson;
import cn.perftarget.ui.api.Problems;
import cn.perftarget.workflow.error.ConflictException;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.error.UnavailableException;
import cn.perftarget.workflow.error.ValidationFailedException;
import cn.perftarget.workflow.error.WorkflowException;
import cn.perftarget.workflow.transaction.TransactionConflicts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal of the API as a problem detail ({@code application/problem+json}) in the caller's language: the
 * workflow's typed refusals by type — {@link NotFoundException} 404, {@link NotAllowedException} 403,
 * {@link ConflictException} 409, {@link InvalidInputException} 422 (with the input at fault in {@code errors}),
 * {@link ValidationFailedException} 422 (with the ERROR findings), {@link UnavailableException} 503 — the API's own ({@link ApiProblemException}), bad
 * requests 400, and anything unexpected as 500 with an incident number and no trace.
 */
@RestControllerAdvice(basePackages = "cn.perftarget.ui.api")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, "not_found", e, request);
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowedException e, HttpServletRequest request) {
        return answer(HttpStatus.FORBIDDEN, "not_allowed", e, request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) {
        return answer(HttpStatus.CONFLICT, "conflict", e, request);
    }

    /** The database is away (restarting, a fail-over): 503 with Retry-After, nothing was done; retry later. */
    @ExceptionHandler(UnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(UnavailableException e, HttpServletRequest request) {
        ProblemDetail problem =
                Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", e.text(), ApiLanguage.of(request));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "10")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
        Locale locale = ApiLanguage.of(request);
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid_input", e.text(), locale);
        problem.setProperty(
                "errors",
                List.of(Map.of(
                        "field", InputNames.of(e.input()),
                        "code", e.text().key(),
                        "message", ApiLanguage.render(e.text(), locale))));
        return respond(problem);
    }

    @ExceptionHandler(ValidationFailedException.class)
    ResponseEntity<ProblemDetail> validation(ValidationFailedException e, HttpServletRequest request) {
        Locale locale = ApiLanguage.of(request);
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "validation_failed", e.text(), locale);
        problem.setProperty(
                "findings",
                e.errors().stream().map(f -> FindingJson.of(f, locale)).toList());
        return respond(problem);
    }

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ProblemDetail> api(ApiProblemException e, HttpServletRequest request) {
        return respond(Problems.of(e.status(), e.code(), e.text(), ApiLanguage.of(request)));
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MissingServletRequestParameterException.class,
        MissingServletRequestPartException.class,
        MissingRequestHeaderException.class,
        MethodArgumentTypeMismatchException.class
    })
    ResponseEntity<ProblemDetail> badRequest(Exception e, HttpServletRequest request) {
        Message text = e instanceof MethodArgumentTypeMismatchException m
                ? Message.of("api.error.badParameter", m.getName())
                : e instanceof MissingServletRequestParameterException m
                        ? Message.of("api.error.missingParameter", m.getParameterName())
                        : e instanceof MissingServletRequestPartException m
                                ? Message.of("api.error.missingParameter", m.getRequestPartName())
                                : e instanceof MissingRequestHeaderException m
                                        ? Message.of("api.error.missingHeader", m.getHeaderName())
                                        : Message.of("api.error.unreadable");
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "bad_request", text, ApiLanguage.of(request)));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(Problems.of(
                HttpStatus.METHOD_NOT_ALLOWED,
                "method_not_allowed",
                Message.of("api.error.methodNotAllowed", e.getMethod()),
                ApiLanguage.of(request)));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(Problems.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                Message.of("api.error.mediaType"),
                ApiLanguage.of(request)));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noRoute(NoResourceFoundException e, HttpServletRequest request) {
        return respond(Problems.of(
                HttpStatus.NOT_FOUND, "no_such_endpoint", Message.of("api.error.noEndpoint"), ApiLanguage.of(request)));
    }

    /**
     * Anything else: 500 with an incident number in the log. A transaction that PostgreSQL ended as a deadlock is no
     * incident: within an idempotent call it goes up to the idempotency filter, which runs the call again; otherwise
     * 503 with {@code Retry-After} (nothing was done).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (TransactionConflicts.retryable(e)) {
            if (request.getAttribute(ApiPaths.RETRIED_CALL) != null) {
                throw e;
            }
            return busy(request);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("API incident {}: {} {}", incident, request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                Message.of("api.error.internal", incident),
                ApiLanguage.of(request));
        problem.setProperty("incident", incident);
        return respond(problem);
    }

    /** 503 busy: the call lost a deadlock to a simultaneous one and did nothing; the caller tries again. */
    public static ResponseEntity<ProblemDetail> busy(HttpServletRequest request) {
        ProblemDetail problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE, "busy", Message.of("api.error.busy"), ApiLanguage.of(request));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<ProblemDetail> answer(
            HttpStatus status, String code, WorkflowException e, HttpServletRequest request) {
        return respond(Problems.of(status, code, e.text(), ApiLanguage.of(request)));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
