package cn.perftarget.workflow.approval;

import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.rules.settings.RegionValidators;
import cn.perftarget.domain.rules.validation.DocumentValidation;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.security.ServiceGate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * 检查文档: the findings of the tables of uploaded Word and Excel files, read as {@link ApprovalService#previewFiles}
 * reads them (same limits and refusals) and checked with the rules of the user's region, each file on its own —
 * nothing is stored. The same reading and rules as the import preview's findings download.
 */
@Service
public class DocumentChecks {

    private final ServiceGate gate;
    private final FileParsing fileParsing;
    private final RegionValidators validators;

    DocumentChecks(ServiceGate gate, FileParsing fileParsing, RegionValidators validators) {
        this.gate = gate;
        this.fileParsing = fileParsing;
        this.validators = validators;
    }

    public List<CheckedFile> check(AppUser user, List<UploadedFile> files, @Nullable Integer fiscalYear) {
        return gate.enter(user, ServiceAction.PREVIEW_IMPORT, "files", u -> {
            List<CheckedFile> checked = new ArrayList<>();
            for (FileReading reading : fileParsing.parse(u, files, fiscalYear)) {
                ImportedDocument document = reading.document();
                if (document == null) {
                    checked.add(new CheckedFile(reading.fileName(), reading.refusal(), List.of(), List.of()));
                } else {
                    checked.add(new CheckedFile(
                            reading.fileName(),
                            null,
                            DocumentValidation.validate(
                                    validators.forRegion(u.organisation().regionCode()), document),
                            document.problems()));
                }
            }
            return checked;
        });
    }
}
