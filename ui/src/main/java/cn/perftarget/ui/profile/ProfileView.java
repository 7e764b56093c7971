package cn.perftarget.ui.profile;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.apiclients.PersonalTokensView;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.ui.signin.EnrolmentForm;
import cn.perftarget.workflow.access.AccessPolicy;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.account.Passwords;
import cn.perftarget.workflow.account.SecondFactorEnrolment;
import cn.perftarget.workflow.error.WorkflowException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/**
 * 个人设置: change one's password (the current one asked again) and enrol a second factor — optional for most, in
 * place already for the administrative roles. Ids: {@code profile-current}, {@code profile-new},
 * {@code profile-repeat}, {@code profile-change}, {@code profile-second-factor}, {@code profile-enrol}.
 */
@Route("profile")
@Menu(order = 90, icon = "vaadin:user", title = "nav.profile")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final AppUser user;
    private final Passwords passwords;
    private final SecondFactorEnrolment enrolment;
    private final VerticalLayout secondFactor = new VerticalLayout();

    public ProfileView(CurrentUser currentUser, Passwords passwords, SecondFactorEnrolment enrolment) {
        this.user = currentUser.require();
        this.passwords = passwords;
        this.enrolment = enrolment;
        secondFactor.setId("profile-second-factor");
        secondFactor.setPadding(false);
        add(new H2(getTranslation("profile.title")), passwordSection(), secondFactor);
        showSecondFactor();
        if (AccessPolicy.mayAttempt(user, ServiceAction.PERSONAL_TOKEN)) {
            RouterLink tokens = new RouterLink(getTranslation("profile.apiTokens"), PersonalTokensView.class);
            tokens.setId("profile-api-tokens");
            add(new H3(getTranslation("personalTokens.title")), tokens);
        }
    }

    private VerticalLayout passwordSection() {
        PasswordField current = new PasswordField(getTranslation("profile.password.current"));
        current.setId("profile-current");
        PasswordField next = new PasswordField(getTranslation("steps.password.new"));
        next.setId("profile-new");
        PasswordField repeat = new PasswordField(getTranslation("steps.password.repeat"));
        repeat.setId("profile-repeat");
        Button change = new Button(getTranslation("profile.password.change"), e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("steps.password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                passwords.change(user, current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                Notices.success(getTranslation("profile.password.changed"));
            } catch (WorkflowException refused) {
                next.setErrorMessage(TranslationProvider.text(refused.text()));
                next.setInvalid(true);
            }
        });
        change.setId("profile-change");
        VerticalLayout section = new VerticalLayout(
                new H3(getTranslation("profile.password.title")),
                new Paragraph(TranslationProvider.text(passwords.rule())),
                current,
                next,
                repeat,
                change);
        section.setPadding(false);
        return section;
    }

    private void showSecondFactor() {
        secondFactor.removeAll();
        secondFactor.add(new H3(getTranslation("profile.secondFactor.title")));
        if (enrolment.enrolled(user)) {
            secondFactor.add(new Paragraph(getTranslation(
                    enrolment.required(user) ? "profile.secondFactor.required" : "profile.secondFactor.enrolled")));
            return;
        }
        secondFactor.add(new Paragraph(getTranslation("profile.secondFactor.optional")));
        Button enrol = new Button(getTranslation("profile.secondFactor.enrol"), e -> {
            secondFactor.remove(e.getSource());
            secondFactor.add(new EnrolmentForm(enrolment.start(user.username()), (started, form) -> {
                try {
                    enrolment.confirm(user, started, form.code());
                    Notices.success(getTranslation("profile.secondFactor.done"));
                    showSecondFactor();
                } catch (WorkflowException refused) {
                    form.refused(TranslationProvider.text(refused.text()));
                }
            }));
        });
        enrol.setId("profile-enrol");
        secondFactor.add(enrol);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.page.title");
    }
}
