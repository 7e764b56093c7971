package cn.perftarget.ui.findings;

import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules over the table being edited, as the server runs them at submission: the region's validator, with the
 * other tables of the unit and year (and the edited table itself) as context for the cross-table rules, and the
 * department's stored part when there is one (R31).
 */
public final class LiveValidation {

    private final Validator validator;
    private final ValidationContext context;

    /** @param context the table's context as the server gives it (the unit's other tables as siblings) */
    public LiveValidation(Validator validator, ValidationContext context) {
        this.validator = validator;
        this.context = context;
    }

    public List<Finding> validate(TargetTable current) {
        List<TargetTable> all = new ArrayList<>(context.siblings());
        all.add(current);
        return validator.validate(current, context.withSiblings(all));
    }
}
