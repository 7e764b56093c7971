package cn.perftarget.workflow.export;

import cn.perftarget.domain.importer.ImportProblem;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.office.lists.FindingsWorkbook;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.settings.RegionValidators;
import cn.perftarget.domain.rules.validation.DocumentValidation;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.read.TableReadService;
import cn.perftarget.workflow.security.SecurityAudit;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * Findings as .xlsx ({@link FindingsWorkbook}: rule, its name, severity, location, message, suggested fix): those of a
 * table's current content, read through {@link TableReadService} (its scope), and those of a checked document — the
 * tables an import preview recognised, checked with the rules of the user's region as the editor will check them.
 * Each export is an EXPORT entry in the security log.
 */
@Service
public class FindingsExports {

    private final TableReadService reads;
    private final RegionValidators validators;
    private final Accounts accounts;
    private final SecurityAudit security;

    FindingsExports(TableReadService reads, RegionValidators validators, Accounts accounts, SecurityAudit security) {
        this.reads = reads;
        this.validators = validators;
        this.accounts = accounts;
        this.security = security;
    }

    /** The findings of the table's current content, as the editor and the review show them. */
    public ExportedFile table(AppUser user, long tableId, Locale locale) {
        StoredTable table = reads.table(user, tableId);
        List<Finding> findings = reads.findings(user, tableId, table.content());
        security.success(
                SecurityEventType.EXPORT, user.username(), "findings table:" + tableId, findings.size() + " findings");
        String name = WorkflowTexts.BUNDLES.text(
                "export.file.findings", locale, table.content().projectName().strip());
        return new ExportedFile(
                FileNames.of(name, "findings", "xlsx"), ExportedFile.XLSX, FindingsWorkbook.xlsx(findings, locale));
    }

    /**
     * The findings of every table of checked documents (an import preview, one or several files), numbered through
     * the documents in order, checked together with the rules of the user's region.
     */
    public ExportedFile documents(AppUser user, List<ImportedDocument> documents, Locale locale) {
        AppUser acting = accounts.acting(user);
        List<TargetTable> tables = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportedDocument d : documents) {
            tables.addAll(d.tables());
            problems.addAll(d.problems());
        }
        List<DocumentValidation.TableFindings> findings = DocumentValidation.validate(
                validators.forRegion(acting.organisation().regionCode()), new ImportedDocument(tables, null, problems));
        security.success(SecurityEventType.EXPORT, acting.username(), "findings document", tables.size() + " tables");
        String name = WorkflowTexts.BUNDLES.text("export.file.documentFindings", locale);
        return new ExportedFile(
                FileNames.of(name, "findings", "xlsx"),
                ExportedFile.XLSX,
                FindingsWorkbook.xlsxOfDocument(findings, locale));
    }
}
