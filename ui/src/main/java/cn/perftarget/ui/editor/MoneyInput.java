package cn.perftarget.ui.editor;

import cn.perftarget.domain.table.MoneyCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An amount in 万元 with two decimals. The cell as written is kept until the user changes the amount, so a cell the
 * field cannot show (e.g. {@code 约4万}) is never lost: it is shown as the field's helper text instead.
 */
final class MoneyInput {

    private final BigDecimalField field = new BigDecimalField();
    private MoneyCell original = MoneyCell.BLANK;

    MoneyInput(String label, String id, ChangeGate gate) {
        field.setLabel(label);
        field.setId(id);
        field.setSuffixComponent(new Span(field.getTranslation("editor.unit.wan")));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> gate.fire());
        field.addBlurListener(e -> {
            BigDecimal v = field.getValue();
            if (v != null && v.scale() != 2) {
                field.setValue(v.setScale(2, RoundingMode.HALF_UP));
            }
        });
    }

    BigDecimalField field() {
        return field;
    }

    void show(MoneyCell cell) {
        original = cell;
        Optional<BigDecimal> amount = cell.amount();
        field.setValue(amount.orElse(null));
        field.setHelperText(
                !cell.isBlank() && amount.isEmpty() ? field.getTranslation("editor.original", cell.text()) : null);
    }

    MoneyCell value() {
        BigDecimal v = field.getValue();
        Optional<BigDecimal> before = original.amount();
        boolean unchanged = v == null
                ? before.isEmpty()
                : before.isPresent() && before.get().compareTo(v) == 0;
        return unchanged ? original : MoneyCell.of(v);
    }
}
