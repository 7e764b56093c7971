package cn.perftarget.ui.login;

import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.ui.i18n.LanguageSwitch;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

/**
 * 登录: the Vaadin login form, in the session's language, posting to Spring Security's /login. It says why the last
 * attempt failed — a wrong username or password ({@code ?error}, never told apart), an account locked until when
 * ({@code ?locked}, Beijing time) — and that a session expired ({@code ?expired}, or an expired session's notice).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Paragraph hint = new Paragraph(getTranslation("login.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        notice.setId("login-notice");
        notice.setVisible(false);
        notice.getStyle()
                .set("color", "var(--lumo-error-text-color)")
                .set("max-width", "30em")
                .set("text-align", "center");
        add(title, hint, notice, form, new LanguageSwitch());
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        LoginNotice told = takeNotice();
        form.setError(parameters.containsKey("error"));
        if (told != null && told.kind() == LoginNotice.Kind.LOCKED && told.lockedUntil() != null) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage()
                    .setMessage(getTranslation("login.locked.message", DateTimes.seconds(told.lockedUntil())));
            form.setI18n(i18n);
            form.setError(true);
            show(getTranslation("login.locked.message", DateTimes.seconds(told.lockedUntil())));
        } else if (parameters.containsKey("expired")
                || (told != null && told.kind() == LoginNotice.Kind.SESSION_EXPIRED)) {
            show(getTranslation("login.expired"));
        }
    }

    private void show(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    /** The notice the last request left in the session, taken out so that it is told once. */
    private static @Nullable LoginNotice takeNotice() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession wrapped = session == null ? null : session.getSession();
        if (wrapped == null) {
            return null;
        }
        Object notice = wrapped.getAttribute(LoginNotice.ATTRIBUTE);
        wrapped.removeAttribute(LoginNotice.ATTRIBUTE);
        return notice instanceof LoginNotice n ? n : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page.title");
    }
}
