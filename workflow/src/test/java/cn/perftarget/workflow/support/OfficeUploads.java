package cn.perftarget.workflow.support;

import cn.perftarget.domain.office.write.TableDocuments;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.workflow.approval.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Real Word and Excel files to upload, made by the domain's writers, and crafted ones the guard refuses. */
public final class OfficeUploads {

    private OfficeUploads() {}

    public static UploadedFile docx(String name, TargetTable table) {
        return new UploadedFile(name, TableDocuments.docx(table, 1));
    }

    public static UploadedFile xlsx(String name, TargetTable table) {
        return new UploadedFile(name, TableDocuments.xlsx(table, 1));
    }

    /** The table's .xlsx encrypted with a password to open (agile encryption, as Excel and WPS write it). */
    public static UploadedFile encryptedXlsx(String name, TargetTable table) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(TableDocuments.xlsx(table, 1)));
                    OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return new UploadedFile(name, out.toByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The table's PDF under a Word name: not what its name says. */
    public static UploadedFile pdfNamedDocx(String name, TargetTable table) {
        return new UploadedFile(name, TableDocuments.pdf(table, 1));
    }
}
