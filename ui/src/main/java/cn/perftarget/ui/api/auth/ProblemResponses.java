package cn.perftarget.ui.api.auth;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.ui.api.ApiLanguage;
import cn.perftarget.ui.api.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Problem details written by the filters, before any controller runs. */
final class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, Message text)
            throws IOException {
        ProblemDetail problem = Problems.of(status, code, text, ApiLanguage.of(request));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
