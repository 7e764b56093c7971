package cn.perftarget.workflow.approval;

import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.PasteImporter;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.InvalidInputException.Input;
import cn.perftarget.workflow.limits.InputLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The first half of 导入: the pasted text checked against its limits and read, before any transaction opens — reading
 * a large paste holds no database connection and no lock. The second half, {@link DraftingActions#importTables},
 * stores what was read in one transaction.
 */
@Component
class PasteParsing {

    private final InputLimits limits;

    PasteParsing(InputLimits limits) {
        this.limits = limits;
    }

    /** What the paste holds for the drafter's unit; refused for a non-drafter, a blank or a too large paste. */
    ImportedDocument parse(AppUser user, @Nullable String pastedText, @Nullable Integer fiscalYear) {
        Organisation unit = DraftingActions.drafterUnit(user);
        if (pastedText == null || pastedText.isBlank()) {
            throw InvalidInputException.of(Input.DOCUMENT, "error.paste.required");
        }
        limits.paste(pastedText);
        return new PasteImporter().read(pastedText, new ImportOptions(unit.code(), unit.name(), fiscalYear));
    }
}
