package cn.perftarget.ui.findings;

import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules over the table being edited, as the server runs them at submission: the region's validator, with the
 * other tables of the unit and year (and the edited table itself) as context for the cross-table rules.
 */
public final class LiveValidation {

    private final Validator validator;
    private final List<TargetTable> siblings;

    public LiveValidation(Validator validator, List<TargetTable> siblings) {
        this.validator = validator;
        this.siblings = List.copyOf(siblings);
    }

    public List<Finding> validate(TargetTable current) {
        List<TargetTable> all = new ArrayList<>(siblings);
        all.add(current);
        return validator.validate(current, ValidationContext.of(all));
    }
}
