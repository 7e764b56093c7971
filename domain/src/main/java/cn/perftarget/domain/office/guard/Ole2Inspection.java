package cn.perftarget.domain.office.guard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Looks into an OLE2 compound file (.doc, .xls, and an encrypted .docx/.xlsx, which is an OLE2 file holding the
 * encrypted package): what it is by its streams, refusing encryption of the package and macro storages.
 */
final class Ole2Inspection {

    /** Storages that hold VBA macros: Word's and Excel's. */
    private static final List<String> MACRO_STORAGES = List.of("Macros", "_VBA_PROJECT_CUR", "_VBA_PROJECT", "VBA");

    private final String fileName;

    Ole2Inspection(String fileName) {
        this.fileName = fileName;
    }

    ContentKind inspect(byte[] content, OfficeFormat named) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                throw Refusals.encrypted(fileName, null);
            }
            for (String storage : MACRO_STORAGES) {
                if (root.hasEntryCaseInsensitive(storage)) {
                    throw Refusals.macros(fileName, storage);
                }
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return ContentKind.DOC;
            }
            if (root.hasEntryCaseInsensitive("Workbook")) {
                return ContentKind.XLS;
            }
            if (root.hasEntryCaseInsensitive("Book")) {
                return ContentKind.OLD_OFFICE;
            }
            return ContentKind.OTHER_OFFICE;
        } catch (OfficeFileRefused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Refusals.unreadable(fileName, named, e);
        }
    }
}
