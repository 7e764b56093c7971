package cn.perftarget.ui.editor;

import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.ui.findings.SeverityBadge;
import cn.perftarget.ui.i18n.TranslationProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;

/** 不能提交: the server's refusal and the ERROR findings that block submission; each one jumps to its place. */
final class SubmitErrorsDialog extends Dialog {

    SubmitErrorsDialog(String message, List<Finding> errors, Consumer<Location> jump) {
        setId("submit-errors");
        setHeaderTitle(getTranslation("editor.submit.blocked"));
        setWidth("44em");
        Paragraph text = new Paragraph(message);
        text.setId("submit-errors-message");
        add(text);
        Div list = new Div();
        list.setId("submit-errors-list");
        for (Finding f : errors) {
            Span where = new Span(TranslationProvider.text(f.location().describe()));
            where.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Button go = new Button(getTranslation("findings.jump"), e -> {
                close();
                jump.accept(f.location());
            });
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            Div item = new Div(
                    new SeverityBadge(f.severity()),
                    new Span(" " + f.ruleId() + " "),
                    where,
                    new Div(new Span(TranslationProvider.text(f.message()))),
                    go);
            item.addClassName("submit-error");
            item.getElement().setAttribute("data-rule", f.ruleId());
            item.getStyle()
                    .set("padding", "var(--lumo-space-xs) 0")
                    .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            list.add(item);
        }
        add(list);
        Button ok = new Button(getTranslation("editor.submit.close"), e -> close());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(ok);
    }
}
