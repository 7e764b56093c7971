package cn.perftarget.workflow.approval;

import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.office.OfficeImporter;
import cn.perftarget.domain.office.guard.OfficeFileRefused;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.limits.InputLimits;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The first half of 导入 from files: the uploaded Word and Excel files checked against their limits and read, before
 * any transaction opens, like {@link PasteParsing} for pasted text. A file the Office guard refuses (too large, zip
 * bomb, encrypted, macros, not what its name says) is kept as its refusal, and nothing of it is read.
 */
@Component
class FileParsing {

    private final InputLimits limits;
    private final OfficeImporter importer = new OfficeImporter();

    FileParsing(InputLimits limits) {
        this.limits = limits;
    }

    /** Each file's reading, in the order given; refused for a non-drafter, no files or too many. */
    List<FileReading> parse(AppUser user, @Nullable List<UploadedFile> files, @Nullable Integer fiscalYear) {
        Organisation unit = DraftingActions.drafterUnit(user);
        List<UploadedFile> given = files == null ? List.of() : files;
        limits.uploads(given.size());
        ImportOptions options = new ImportOptions(unit.code(), unit.name(), fiscalYear);
        List<FileReading> readings = new ArrayList<>();
        for (UploadedFile file : given) {
            try {
                readings.add(FileReading.read(
                        file.fileName(), importer.read(file.fileName(), file.content(), options, limits.office())));
            } catch (OfficeFileRefused e) {
                readings.add(FileReading.refused(file.fileName(), e.message()));
            }
        }
        return readings;
    }
}
