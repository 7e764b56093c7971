package cn.perftarget.ui.error;

import cn.perftarget.ui.i18n.TranslationProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * The error pages outside the Vaadin screens (an address of no screen under /actuator, a refused form, a method not
 * allowed …), in place of Spring Boot's whitelabel page: the status and one sentence in Chinese and in English, no
 * exception, no stack trace, no request details. JSON clients still get Spring Boot's JSON (without trace or
 * message: {@code server.error.*} in application.yml).
 */
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return new ModelAndView(new Page(status));
    }

    private record Page(HttpStatus status) implements View {

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            String key = status.is4xxClientError() ? "errorPage.client" : "errorPage.server";
            String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>"
                    + status.value() + "</title></head><body style=\"font-family:sans-serif;margin:3em\">"
                    + section(key, TranslationProvider.CHINESE) + section(key, TranslationProvider.ENGLISH)
                    + "</body></html>";
            response.setStatus(status.value());
            response.setContentType(getContentType());
            response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
        }

        private String section(String key, Locale locale) {
            return "<h1>" + TranslationProvider.BUNDLES.text("errorPage.title", locale, String.valueOf(status.value()))
                    + "</h1><p>" + TranslationProvider.BUNDLES.text(key, locale) + "</p><p><a href=\"/\">"
                    + TranslationProvider.BUNDLES.text("error.home", locale) + "</a></p>";
        }
    }
}
