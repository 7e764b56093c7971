package cn.perftarget.ui.findings;

import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.Fix;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.ui.i18n.TranslationProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One finding: rule id, severity, where (a link that jumps there), the message in the user's language, and its
 * one-click fix when fixes can be applied here.
 */
public final class FindingItem extends Div {

    private final Finding finding;

    /** @param applyFix applies a fix; null where the table cannot be changed (no fix button) */
    FindingItem(Finding finding, Consumer<Location> jump, @Nullable Consumer<Fix> applyFix) {
        this.finding = finding;
        addClassName("finding");
        addClassName("finding-" + finding.severity().name().toLowerCase());
        getElement().setAttribute("data-rule", finding.ruleId());

        Span rule = new Span(finding.ruleId());
        rule.addClassName("finding-rule");
        Button where = new Button(
                TranslationProvider.text(finding.location().describe()),
                VaadinIcon.CROSSHAIRS.create(),
                e -> jump.accept(finding.location()));
        where.addClassName("finding-jump");
        where.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        where.getElement().setAttribute("title", getTranslation("findings.jump"));
        Div head = new Div(new SeverityBadge(finding.severity()), rule, where);
        head.addClassName("finding-head");
        head.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("align-items", "center")
                .set("gap", "var(--lumo-space-s)");
        rule.getStyle().set("font-weight", "600");
        getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");

        Div message = new Div(TranslationProvider.text(finding.message()));
        message.addClassName("finding-message");
        add(head, message);

        if (applyFix != null) {
            finding.optionalFix().ifPresent(fix -> {
                Button apply = new Button(
                        TranslationProvider.text(fix.label()), VaadinIcon.MAGIC.create(), e -> applyFix.accept(fix));
                apply.addClassName("finding-fix");
                apply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                apply.getElement().setAttribute("title", getTranslation("findings.fix"));
                add(apply);
            });
        }
    }

    public Finding finding() {
        return finding;
    }
}
