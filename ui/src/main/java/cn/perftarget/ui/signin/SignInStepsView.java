package cn.perftarget.ui.signin;

import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.ui.i18n.LanguageSwitch;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.ui.login.LoginView;
import cn.perftarget.ui.security.PendingLogin;
import cn.perftarget.ui.security.SignInSteps;
import cn.perftarget.workflow.account.CodeCheck;
import cn.perftarget.workflow.account.Passwords;
import cn.perftarget.workflow.account.SecondFactorEnrolment;
import cn.perftarget.workflow.account.SignIn;
import cn.perftarget.workflow.error.WorkflowException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * 登录 continued: what a sign-in owes after a right password, one step after the other — the code of the second
 * factor, a new password (first sign-in, after a reset), the enrolment of the second factor an administrative role
 * requires. Until the last step the user is not signed in: this page is all they can open. Ids: {@code steps},
 * {@code code}, {@code code-submit}, {@code new-password}, {@code repeat-password}, {@code password-submit},
 * {@code steps-cancel}, and the enrolment's.
 */
@Route(value = "login/steps", autoLayout = false)
@AnonymousAllowed
public class SignInStepsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SignInSteps steps;
    private final SignIn signIn;
    private final Passwords passwords;
    private final SecondFactorEnrolment enrolment;
    private final VerticalLayout content = new VerticalLayout();

    public SignInStepsView(SignInSteps steps, SignIn signIn, Passwords passwords, SecondFactorEnrolment enrolment) {
        this.steps = steps;
        this.signIn = signIn;
        this.passwords = passwords;
        this.enrolment = enrolment;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        content.setId("steps");
        content.setMaxWidth("32em");
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Button cancel = new Button(getTranslation("steps.cancel"), e -> {
            steps.cancel();
            UI.getCurrent().navigate(LoginView.class);
        });
        cancel.setId("steps-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(title, content, cancel, new LanguageSwitch());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PendingLogin> pending = steps.pending();
        if (pending.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        show(pending.get());
    }

    private void show(PendingLogin pending) {
        content.removeAll();
        switch (pending.current()) {
            case SECOND_FACTOR -> codeStep(pending);
            case CHANGE_PASSWORD -> passwordStep(pending);
            case ENROL_SECOND_FACTOR -> enrolmentStep(pending);
        }
    }

    private void codeStep(PendingLogin pending) {
        TextField code = new TextField(getTranslation("steps.code.label"));
        code.setId("code");
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.setAutofocus(true);
        Button submit = new Button(getTranslation("steps.code.submit"), e -> {
            CodeCheck check = signIn.code(pending.username(), code.getValue(), pending.client());
            if (check.accepted()) {
                done();
            } else if (check.lockedUntil() != null) {
                code.setErrorMessage(getTranslation("login.locked.message", DateTimes.seconds(check.lockedUntil())));
                code.setInvalid(true);
                steps.cancel();
            } else {
                code.setErrorMessage(getTranslation("steps.code.wrong"));
                code.setInvalid(true);
            }
        });
        submit.setId("code-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        content.add(
                new H2(getTranslation("steps.code.title")),
                new Paragraph(getTranslation("steps.code.hint")),
                code,
                submit);
    }

    private void passwordStep(PendingLogin pending) {
        PasswordField next = new PasswordField(getTranslation("steps.password.new"));
        next.setId("new-password");
        next.setWidthFull();
        PasswordField repeat = new PasswordField(getTranslation("steps.password.repeat"));
        repeat.setId("repeat-password");
        repeat.setWidthFull();
        Button submit = new Button(getTranslation("steps.password.submit"), e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("steps.password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                passwords.changeAtSignIn(pending.username(), next.getValue());
                done();
            } catch (WorkflowException refused) {
                next.setErrorMessage(TranslationProvider.text(refused.text()));
                next.setInvalid(true);
            }
        });
        submit.setId("password-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph rule = new Paragraph(TranslationProvider.text(passwords.rule()));
        rule.setId("password-rule");
        content.add(
                new H2(getTranslation("steps.password.title")),
                new Paragraph(getTranslation("steps.password.hint")),
                rule,
                next,
                repeat,
                submit);
    }

    private void enrolmentStep(PendingLogin pending) {
        content.add(
                new H2(getTranslation("steps.enrol.title")),
                new Paragraph(getTranslation("steps.enrol.hint")),
                new EnrolmentForm(enrolment.start(pending.username()), (started, form) -> {
                    try {
                        enrolment.confirm(pending.username(), started, form.code());
                        done();
                    } catch (WorkflowException refused) {
                        form.refused(TranslationProvider.text(refused.text()));
                    }
                }));
    }

    private void done() {
        if (steps.stepDone()) {
            VaadinServletRequest request = VaadinServletRequest.getCurrent();
            String context = request == null ? "" : request.getContextPath();
            UI.getCurrent().getPage().setLocation(context + "/");
        } else {
            steps.pending().ifPresent(this::show);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("steps.page.title");
    }
}
