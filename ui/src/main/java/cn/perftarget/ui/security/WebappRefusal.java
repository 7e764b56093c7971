package cn.perftarget.ui.security;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.ui.i18n.TranslationProvider;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camunda webapps are operator tools: when their login refuses a user who gave the right password but is no
 * operator (HTTP 403, the user holds no webapp), the answer says so in the user's language and points to the
 * application, instead of Camunda's bare refusal. Wrong passwords keep Camunda's own answer (401), so the two cases
 * tell nothing more than before.
 */
final class WebappRefusal extends OncePerRequestFilter {

    private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains(LOGIN);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        if (buffered.status() == HttpServletResponse.SC_FORBIDDEN) {
            String text = TranslationProvider.BUNDLES.render(
                    Message.of("camunda.operatorsOnly", request.getContextPath() + "/"),
                    request.getHeader("Accept-Language") == null
                            ? MessageBundles.CHINESE
                            : MessageBundles.supported(request.getLocale()));
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("type", "Forbidden", "message", text)));
        } else {
            response.getOutputStream().write(buffered.body());
        }
    }

    /** Holds the webapp's answer back until its status is known. */
    private static final class Buffered extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private @Nullable PrintWriter writer;
        private int status = SC_OK;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            sendError(sc);
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() {
            return new jakarta.servlet.ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(jakarta.servlet.WriteListener listener) {
                    // written synchronously
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new java.io.OutputStreamWriter(body, StandardCharsets.UTF_8), true);
            }
            return writer;
        }

        int status() {
            return status;
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return body.toByteArray();
        }
    }
}
