package cn.perftarget.ui.department;

import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.importer.SubTarget;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a department part: 一、总体绩效目标, 二、分项绩效目标 (the items one by one, each with its target and
 * indicators, and the section as written, which the publication document prints when it is not blank), 三、保障措施.
 * Changing an item clears the section as written, so that the document prints the items as they now are.
 */
final class DepartmentPartForm extends VerticalLayout {

    private final TextArea overall = new TextArea();
    private final TextArea subTargetText = new TextArea();
    private final VerticalLayout items = new VerticalLayout();
    private final Button add = new Button(VaadinIcon.PLUS.create());
    private final TextArea measures = new TextArea();
    private final List<SubTargetRow> rows = new ArrayList<>();
    private boolean loading;

    DepartmentPartForm() {
        setPadding(false);
        overall.setId("dept-overall");
        overall.setLabel(getTranslation("department.overall"));
        overall.setWidthFull();
        subTargetText.setId("dept-subtext");
        subTargetText.setLabel(getTranslation("department.subTargetText"));
        subTargetText.setHelperText(getTranslation("department.subTargetText.help"));
        subTargetText.setWidthFull();
        items.setId("dept-items");
        items.setPadding(false);
        add.setText(getTranslation("department.item.add"));
        add.setId("dept-item-add");
        add.addClickListener(e -> {
            addRow(new SubTarget("", "", ""));
            itemsChanged();
        });
        measures.setId("dept-measures");
        measures.setLabel(getTranslation("department.measures"));
        measures.setWidthFull();
        add(overall, new H3(getTranslation("department.subTargets")), items, add, subTargetText, measures);
    }

    void setValue(DepartmentTargets part) {
        loading = true;
        overall.setValue(part.overallGoal());
        subTargetText.setValue(part.subTargetText());
        measures.setValue(part.measures());
        rows.clear();
        items.removeAll();
        part.subTargets().forEach(this::addRow);
        loading = false;
    }

    DepartmentTargets value() {
        return new DepartmentTargets(
                overall.getValue().strip(),
                subTargetText.getValue().strip(),
                rows.stream().map(SubTargetRow::value).toList(),
                measures.getValue().strip());
    }

    void setReadOnly(boolean readOnly) {
        overall.setReadOnly(readOnly);
        subTargetText.setReadOnly(readOnly);
        measures.setReadOnly(readOnly);
        rows.forEach(r -> r.setReadOnly(readOnly));
        add.setVisible(!readOnly);
    }

    private void addRow(SubTarget item) {
        SubTargetRow row = new SubTargetRow(item, this::itemsChanged, this::removeRow);
        rows.add(row);
        items.add(row);
        row.number(rows.size());
    }

    private void removeRow(SubTargetRow row) {
        rows.remove(row);
        items.remove(row);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i + 1);
        }
        itemsChanged();
    }

    private void itemsChanged() {
        if (!loading) {
            subTargetText.clear();
        }
    }
}
