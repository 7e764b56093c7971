package cn.perftarget.ui.error;

import cn.perftarget.ui.i18n.LanguageSwitch;
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
 * {@code incident}.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = incident();
        log.error(
                "unexpected error opening /{} (incident {})",
                event.getLocation().getPath(),
                incident,
                parameter.getCaughtException());
        removeAll();
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
