package cn.perftarget.ui.editor;

import cn.perftarget.domain.table.SpendingPlan;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** 资金支出计划（%）: the four cumulative checkpoints, with a running check under them. */
final class PlanSection extends VerticalLayout {

    final List<PercentInput> inputs;
    private final Div check = new Div();

    PlanSection(ChangeGate gate) {
        setPadding(false);
        inputs = Arrays.stream(SpendingPlan.Checkpoint.values())
                .map(c -> new PercentInput(getTranslation(c.labelKey()), "field-plan-" + c.ordinal(), gate))
                .toList();
        HorizontalLayout row = new HorizontalLayout();
        inputs.forEach(i -> row.add(i.field()));
        check.setId("plan-check");
        check.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(new H3(getTranslation("editor.section.plan")), row, check);
    }

    void show(SpendingPlan plan) {
        List<String> cells = plan.cells();
        for (int i = 0; i < 4; i++) {
            inputs.get(i).show(cells.get(i));
        }
        updateCheck();
    }

    SpendingPlan value() {
        return SpendingPlan.of(inputs.stream().map(PercentInput::value).toList());
    }

    /** Re-runs the running check on the values as they stand. */
    void updateCheck() {
        List<PlanCheck.Problem> problems = PlanCheck.check(value());
        if (problems.isEmpty()) {
            check.setText("✓ " + getTranslation("editor.plan.ok"));
            check.getStyle().set("color", "var(--lumo-success-text-color)");
        } else {
            check.setText("✗ "
                    + problems.stream()
                            .map(p -> getTranslation(p.key(), p.args()))
                            .collect(Collectors.joining("；")));
            check.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        check.getElement().setAttribute("data-ok", String.valueOf(problems.isEmpty()));
    }

    String checkText() {
        return check.getText();
    }

    void setReadOnly(boolean readOnly) {
        inputs.forEach(i -> i.field().setReadOnly(readOnly));
    }
}
