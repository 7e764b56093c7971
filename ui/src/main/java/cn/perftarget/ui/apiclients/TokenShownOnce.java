package cn.perftarget.ui.apiclients;

import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.workflow.apiclient.IssuedToken;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** A token just issued: shown here once (read-only, to copy), never again. Id {@code api-token-shown}. */
class TokenShownOnce extends Composite<VerticalLayout> {

    TokenShownOnce(IssuedToken token) {
        TextField field = new TextField(getTranslation("apiClients.token"));
        field.setId("api-token-shown");
        field.setValue(token.token());
        field.setReadOnly(true);
        field.setWidthFull();
        getContent()
                .add(
                        field,
                        new Paragraph(getTranslation("apiClients.tokenOnce", DateTimes.seconds(token.expiresAt()))));
        getContent().setPadding(false);
    }
}
