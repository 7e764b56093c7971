package cn.perftarget.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * 保存冲突: someone else changed the table since it was opened. The user reloads their copy (dropping their edits) or
 * keeps their content and saves it over the other change.
 */
final class ConflictBanner extends Div {

    private final Span message = new Span();

    ConflictBanner(Runnable reload, Runnable overwrite) {
        setId("conflict");
        setVisible(false);
        getStyle()
                .set("background", "var(--lumo-error-color-10pct)")
                .set("color", "var(--lumo-error-text-color)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        message.setId("conflict-message");
        Button reloadButton = new Button(getTranslation("editor.conflict.reload"), e -> reload.run());
        reloadButton.setId("conflict-reload");
        reloadButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button overwriteButton = new Button(getTranslation("editor.conflict.overwrite"), e -> overwrite.run());
        overwriteButton.setId("conflict-overwrite");
        overwriteButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        add(message, new Span(" "), reloadButton, new Span(" "), overwriteButton);
    }

    void show(String text) {
        message.setText(text + getTranslation("editor.conflict.hint"));
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }
}
