package cn.perftarget.ui.editor;

import cn.perftarget.domain.table.Numbers;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.Optional;

/** One checkpoint of 资金支出计划 in percent; the cell as written is kept until the user changes the number. */
final class PercentInput {

    private final BigDecimalField field = new BigDecimalField();
    private String original = "";

    PercentInput(String label, String id, ChangeGate gate) {
        field.setLabel(label);
        field.setId(id);
        field.setSuffixComponent(new Span("%"));
        field.setWidth("8em");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> gate.fire());
    }

    BigDecimalField field() {
        return field;
    }

    void show(String cell) {
        original = cell == null ? "" : cell;
        Optional<BigDecimal> number = parse(original);
        field.setValue(number.orElse(null));
        field.setHelperText(
                !original.isBlank() && number.isEmpty() ? field.getTranslation("editor.original", original) : null);
    }

    String value() {
        BigDecimal v = field.getValue();
        Optional<BigDecimal> before = parse(original);
        boolean unchanged = v == null
                ? before.isEmpty()
                : before.isPresent() && before.get().compareTo(v) == 0;
        if (unchanged) {
            return original;
        }
        return v == null ? "" : v.stripTrailingZeros().toPlainString() + "%";
    }

    static Optional<BigDecimal> parse(String cell) {
        return Numbers.parseDecimal(cell.replace("%", "").replace("％", ""));
    }
}
