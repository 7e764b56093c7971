package cn.perftarget.workflow.approval;

import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.rules.settings.RegionValidators;
import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.workflow.error.ValidationFailedException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The server-side check before a table goes to review: the region's rules (and framework) over the table, with the
 * other tables of the same unit and year as context when a cross-table rule can refuse it. Any ERROR finding refuses
 * the action.
 */
@Component
class SubmissionCheck {

    private final RegionValidators validators;
    private final TargetTableRepository tables;

    SubmissionCheck(RegionValidators validators, TargetTableRepository tables) {
        this.validators = validators;
        this.tables = tables;
    }

    /** @param content the content to be frozen (the stored one, or a reviewer's edit of it) */
    void requireNoErrors(TableHandle handle, TargetTable content) {
        Validator validator = validators.forRegion(handle.regionCode());
        // the unit's other tables only when a rule comparing them can refuse (a region may raise R03/R04/R12/R31 to
        // ERROR); by default they only warn, and reading every table of the unit and year grows with the data
        List<TargetTable> siblings = new ArrayList<>();
        if (validator.otherTablesCanReportErrors()) {
            for (StoredTable t :
                    tables.findByUnit(handle.table().unitId(), handle.table().fiscalYear())) {
                siblings.add(t.id() == handle.id() ? content : t.content());
            }
        }
        List<Finding> errors =
                validator.validate(content, ValidationContext.of(siblings).withRegion(handle.regionCode())).stream()
                        .filter(f -> f.severity() == Severity.ERROR)
                        .toList();
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }
}
