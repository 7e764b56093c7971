package cn.perftarget.ui.error;

import cn.perftarget.ui.i18n.LanguageSwitch;
import cn.perftarget.workflow.error.DatabaseOutage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unexpected error while a screen was opened: a sentence in the user's language and an incident number; the
 * exception goes to the server's log under that number, never to the page. Ids: {@code unexpected-error},
 * {@code incident}. When the database cannot be reached: 数据库暂时不可用 and a link to try again, no incident (id
 * {@code database-unavailable}, status 503).
 */
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        if (DatabaseOutage.isCause(parameter.getCaughtException())) {
            log.warn(
                    "database unavailable opening /{}: {}",
                    event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            setId("database-unavailable");
            add(
                    new H2(getTranslation("error.unavailable.title")),
                    new Paragraph(getTranslation("error.unavailable.hint")),
                    new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error.retry")),
                    new LanguageSwitch());
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String incident = incident();
        log.error(
                "unexpected error opening /{} (incident {})",
                event.getLocation().getPath(),
                incident,
                parameter.getCaughtException());
        setId("unexpected-error");
        Paragraph number = new Paragraph(getTranslation("error.incident", incident));
        number.setId("incident");
        add(
                new H2(getTranslation("error.title")),
                new Paragraph(getTranslation("error.hint")),
                number,
                new Anchor("", getTranslation("error.home")),
                new LanguageSwitch());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** A short number to quote to the administrators, found again in the server's log. */
    static String incident() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
