package cn.perftarget.ui.editor;

import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every section of a target table as form fields. {@link #value()} is the table as it stands on the screen (cells
 * the user did not touch keep their text exactly as stored); {@link #show} puts a table on the screen.
 */
final class TableForm extends VerticalLayout {

    final HeaderSection header;
    final FundsSection funds;
    final PlanSection plan;
    final TextArea goals = new TextArea();
    final IndicatorSection indicators;
    private final ChangeGate gate;
    private @Nullable TargetTable shown;
    private @Nullable Component jumpTarget;

    TableForm(FrameworkPicks picks, Runnable onChange) {
        setPadding(false);
        this.gate = new ChangeGate(() -> afterChange(onChange));
        header = new HeaderSection(gate);
        funds = new FundsSection(gate);
        plan = new PlanSection(gate);
        indicators = new IndicatorSection(picks, gate);
        goals.setId("field-goals");
        goals.setLabel(getTranslation("editor.field.goals"));
        goals.setHelperText(getTranslation("editor.field.goalsHint"));
        goals.setWidthFull();
        goals.setMinHeight("8em");
        goals.setValueChangeMode(ValueChangeMode.LAZY);
        goals.addValueChangeListener(e -> gate.fire());
        add(
                new H3(getTranslation("editor.section.project")),
                header,
                new H3(getTranslation("editor.section.funds")),
                funds,
                plan,
                new H3(getTranslation("editor.section.goals")),
                goals,
                indicators);
    }

    private void afterChange(Runnable onChange) {
        plan.updateCheck();
        indicators.updateGroups();
        onChange.run();
    }

    /** Shows a table without reporting the changes this makes. */
    void show(TargetTable table) {
        shown = table;
        gate.muted(() -> {
            header.show(table);
            funds.show(table);
            plan.show(table.plan());
            goals.setValue(table.goals());
            indicators.show(table.indicators());
        });
    }

    TargetTable value() {
        TargetTable table = shown;
        if (table == null) {
            throw new IllegalStateException("the form shows no table yet");
        }
        TargetTable t = new TargetTable(
                header.code.getValue(),
                header.name.getValue(),
                table.unitCode(),
                table.unitName(),
                table.fiscalYear(),
                MoneyCell.BLANK,
                MoneyCell.BLANK,
                MoneyCell.BLANK,
                "",
                SpendingPlan.BLANK,
                "",
                List.of());
        return funds.applyTo(t)
                .withPlan(plan.value())
                .withGoals(goals.getValue())
                .withIndicators(indicators.value());
    }

    /** Brings the field or row of a finding into view and focus. */
    void jumpTo(Location location) {
        if (location instanceof Location.Row || location instanceof Location.Indicators) {
            int row = location instanceof Location.Row r ? r.index() : 0;
            IndicatorColumn column = location instanceof Location.Row r ? r.column() : null;
            indicators.focus(row, column);
            jumpTarget = row >= 0 && row < indicators.rows().size()
                    ? indicators.rows().get(row)
                    : indicators;
            return;
        }
        Component target = location instanceof Location.Field f
                ? field(f.field())
                : location instanceof Location.Plan
                        ? plan.inputs.get(0).field()
                        : goals; // a department sub-target: the goals are where the project answers it
        jumpTarget = target;
        target.scrollIntoView();
        if (target instanceof Focusable<?> f) {
            f.focus();
        }
    }

    private Component field(TableField field) {
        return switch (field) {
            case PROJECT_CODE -> header.code;
            case PROJECT_NAME -> header.name;
            case UNIT -> header.unit;
            case FISCAL_YEAR -> header.year;
            case BUDGET -> funds.budget.field();
            case FISCAL_FUNDS -> funds.fiscal.field();
            case OTHER_FUNDS -> funds.other.field();
            case FUND_PURPOSE -> funds.purpose;
            case PLAN_MARCH, PLAN_JUNE, PLAN_OCTOBER, PLAN_DECEMBER ->
                plan.inputs.get(field.checkpoint().orElseThrow().ordinal()).field();
            case GOALS -> goals;
        };
    }

    /** The component the last jump went to. */
    /** Where the last {@link #jumpTo} went; null before the first. */
    @Nullable
    Component jumpTarget() {
        return jumpTarget;
    }

    void setReadOnly(boolean readOnly) {
        header.setReadOnly(readOnly);
        funds.setReadOnly(readOnly);
        plan.setReadOnly(readOnly);
        goals.setReadOnly(readOnly);
        indicators.setReadOnly(readOnly);
    }
}
