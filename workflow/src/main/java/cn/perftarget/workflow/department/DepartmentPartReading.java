package cn.perftarget.workflow.department;

import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.PasteImporter;
import cn.perftarget.domain.office.OfficeImporter;
import cn.perftarget.domain.office.guard.OfficeFileRefused;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.InvalidInputException.Input;
import cn.perftarget.workflow.limits.InputLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The first half of importing a department part: a pasted text (checked against the paste limits) or an Office file
 * (refused as the importer refuses it) read with the importers, before any transaction opens; what it holds besides
 * the department part (tables) is left alone. A document without a department part is refused.
 */
@Component
class DepartmentPartReading {

    private final InputLimits limits;

    DepartmentPartReading(InputLimits limits) {
        this.limits = limits;
    }

    DepartmentTargets fromText(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(Input.DOCUMENT, "error.department.pasteRequired");
        }
        limits.paste(text);
        return part(new PasteImporter().read(text, ImportOptions.NONE));
    }

    DepartmentTargets fromFile(@Nullable String fileName, byte @Nullable [] content) {
        if (fileName == null || content == null || content.length == 0) {
            throw InvalidInputException.of(Input.DOCUMENT, "error.department.fileRequired");
        }
        if (!OfficeImporter.accepts(fileName)) {
            throw InvalidInputException.of(Input.DOCUMENT, "error.department.fileType", fileName);
        }
        try {
            return part(new OfficeImporter().read(fileName, content, ImportOptions.NONE, OfficeLimits.DEFAULTS));
        } catch (OfficeFileRefused refused) {
            throw new InvalidInputException(Input.DOCUMENT, refused.message());
        }
    }

    private DepartmentTargets part(ImportedDocument doc) {
        DepartmentTargets part = doc.department();
        if (part == null) {
            throw InvalidInputException.of(Input.DOCUMENT, "error.department.noPart");
        }
        limits.departmentPart(part);
        return part;
    }
}
