package cn.perftarget.ui.department;

import cn.perftarget.domain.importer.SubTarget;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** One item of 分项绩效目标 in the form: its name, its target and its indicators, and a button that removes it. */
final class SubTargetRow extends FormLayout {

    private final TextField title = new TextField();
    private final TextArea goal = new TextArea();
    private final TextArea indicator = new TextArea();
    private final Button remove = new Button(VaadinIcon.TRASH.create());

    SubTargetRow(SubTarget item, Runnable onChange, java.util.function.Consumer<SubTargetRow> onRemove) {
        title.setLabel(getTranslation("department.item.title"));
        goal.setLabel(getTranslation("department.item.goal"));
        indicator.setLabel(getTranslation("department.item.indicator"));
        title.setValue(item.title());
        goal.setValue(item.goal());
        indicator.setValue(item.indicator());
        title.addValueChangeListener(e -> onChange.run());
        goal.addValueChangeListener(e -> onChange.run());
        indicator.addValueChangeListener(e -> onChange.run());
        remove.addClickListener(e -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("department.item.remove"));
        remove.setTooltipText(getTranslation("department.item.remove"));
        add(title, remove, goal, indicator);
        setColspan(goal, 2);
        setColspan(indicator, 2);
        setResponsiveSteps(new ResponsiveStep("0", 2));
        getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
    }

    /** Ids for the tests, by the item's place (1-based). */
    void number(int n) {
        title.setId("dept-item-title-" + n);
        goal.setId("dept-item-goal-" + n);
        indicator.setId("dept-item-indicator-" + n);
        remove.setId("dept-item-remove-" + n);
    }

    SubTarget value() {
        return new SubTarget(
                title.getValue().strip(),
                goal.getValue().strip(),
                indicator.getValue().strip());
    }

    void setReadOnly(boolean readOnly) {
        title.setReadOnly(readOnly);
        goal.setReadOnly(readOnly);
        indicator.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
    }
}
