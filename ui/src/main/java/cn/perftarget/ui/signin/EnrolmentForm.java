package cn.perftarget.ui.signin;

import cn.perftarget.workflow.account.Enrolment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;

/**
 * Enrolment of a TOTP second factor: the QR code and the secret as text (for apps that cannot scan), then a code
 * of it to confirm. Ids: {@code totp-qr}, {@code totp-secret}, {@code enrol-code}, {@code enrol-submit}. Shared by
 * the sign-in step and the profile page.
 */
public class EnrolmentForm extends VerticalLayout {

    private final TextField code = new TextField();

    /** @param confirm called with the enrolment and the code typed; it marks the field when the code is wrong */
    public EnrolmentForm(Enrolment enrolment, BiConsumer<Enrolment, EnrolmentForm> confirm) {
        setPadding(false);
        Image qr = new Image(enrolment.qrDataUri(), getTranslation("enrol.qr.alt"));
        qr.setId("totp-qr");
        qr.setWidth("200px");
        Span secret = new Span(grouped(enrolment.secret()));
        secret.setId("totp-secret");
        secret.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
        code.setId("enrol-code");
        code.setLabel(getTranslation("enrol.code"));
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        Button submit = new Button(getTranslation("enrol.submit"), e -> confirm.accept(enrolment, this));
        submit.setId("enrol-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new Paragraph(getTranslation("enrol.scan")),
                qr,
                new Paragraph(getTranslation("enrol.secret")),
                secret,
                code,
                submit);
    }

    public String code() {
        return code.getValue();
    }

    public void refused(String why) {
        code.setErrorMessage(why);
        code.setInvalid(true);
    }

    /** The Base32 secret in groups of four, as authenticator apps show it. */
    static String grouped(String secret) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < secret.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(secret, i, Math.min(secret.length(), i + 4));
        }
        return out.toString();
    }
}
