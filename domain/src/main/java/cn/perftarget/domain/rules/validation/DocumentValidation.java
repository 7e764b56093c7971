package cn.perftarget.domain.rules.validation;

import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates every table of an imported document against the others and its department part: the context the
 * cross-table rules need, built once for the document.
 */
public final class DocumentValidation {

    /** The findings of one table of a document. */
    public record TableFindings(int index, TargetTable table, List<Finding> findings) {}

    private DocumentValidation() {}

    /** The context of a document: all its tables as siblings, and its 部门整体绩效目标 when it has one. */
    public static ValidationContext contextOf(ImportedDocument document) {
        return ValidationContext.of(document.tables(), document.department());
    }

    public static List<TableFindings> validate(Validator validator, ImportedDocument document) {
        ValidationContext context = contextOf(document);
        List<TableFindings> out = new ArrayList<>(document.tables().size());
        for (int i = 0; i < document.tables().size(); i++) {
            TargetTable t = document.tables().get(i);
            out.add(new TableFindings(i, t, validator.validate(t, context)));
        }
        return out;
    }
}
