package cn.perftarget.ui.editor;

import cn.perftarget.domain.table.TargetTable;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** 项目编码 and 项目名称, editable; 单位 and 年度, shown read-only (they come from the drafter's unit and the table). */
final class HeaderSection extends FormLayout {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField unit = new TextField();
    final TextField year = new TextField();

    HeaderSection(ChangeGate gate) {
        code.setLabel(getTranslation("editor.field.code"));
        code.setId("field-code");
        code.setMaxLength(40);
        name.setLabel(getTranslation("editor.field.name"));
        name.setId("field-name");
        unit.setLabel(getTranslation("editor.field.unit"));
        unit.setId("field-unit");
        unit.setReadOnly(true);
        year.setLabel(getTranslation("editor.field.year"));
        year.setId("field-year");
        year.setReadOnly(true);
        for (TextField f : new TextField[] {code, name}) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> gate.fire());
        }
        add(code, name, unit, year);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
    }

    void show(TargetTable table) {
        code.setValue(table.projectCode());
        name.setValue(table.projectName());
        unit.setValue((table.unitCode() + " " + table.unitName()).strip());
        year.setValue(table.fiscalYear() == null ? "" : String.valueOf(table.fiscalYear()));
    }

    void setReadOnly(boolean readOnly) {
        code.setReadOnly(readOnly);
        name.setReadOnly(readOnly);
    }
}
