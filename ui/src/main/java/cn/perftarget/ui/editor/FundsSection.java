package cn.perftarget.ui.editor;

import cn.perftarget.domain.table.TargetTable;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/** 预算数, 其中：财政资金, 其他资金 (万元, two decimals) and 资金用途. */
final class FundsSection extends FormLayout {

    final MoneyInput budget;
    final MoneyInput fiscal;
    final MoneyInput other;
    final TextArea purpose = new TextArea();

    FundsSection(ChangeGate gate) {
        budget = new MoneyInput(getTranslation("editor.field.budget"), "field-budget", gate);
        fiscal = new MoneyInput(getTranslation("editor.field.fiscal"), "field-fiscal", gate);
        other = new MoneyInput(getTranslation("editor.field.other"), "field-other", gate);
        purpose.setLabel(getTranslation("editor.field.purpose"));
        purpose.setId("field-purpose");
        purpose.setValueChangeMode(ValueChangeMode.LAZY);
        purpose.addValueChangeListener(e -> gate.fire());
        add(budget.field(), fiscal.field(), other.field(), purpose);
        setColspan(purpose, 3);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 3));
    }

    void show(TargetTable table) {
        budget.show(table.budget());
        fiscal.show(table.fiscalFunds());
        other.show(table.otherFunds());
        purpose.setValue(table.fundPurpose());
    }

    TargetTable applyTo(TargetTable table) {
        return table.withAmounts(budget.value(), fiscal.value(), other.value()).withFundPurpose(purpose.getValue());
    }

    void setReadOnly(boolean readOnly) {
        budget.field().setReadOnly(readOnly);
        fiscal.field().setReadOnly(readOnly);
        other.field().setReadOnly(readOnly);
        purpose.setReadOnly(readOnly);
    }
}
