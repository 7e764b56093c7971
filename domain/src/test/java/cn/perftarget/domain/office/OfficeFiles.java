package cn.perftarget.domain.office;

import cn.perftarget.domain.office.write.TableDocuments;
import cn.perftarget.domain.table.SeedTables;
import cn.perftarget.domain.table.TargetTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Real files for the tests, made by our writers and changed with the ZIP and POI APIs where a test needs a defect. */
final class OfficeFiles {

    private OfficeFiles() {}

    /** The first table of seed 004. */
    static TargetTable table() {
        return SeedTables.of("004_f47e421262983de5.txt").get(0);
    }

    static byte[] docx() {
        return TableDocuments.docx(table(), 1);
    }

    static byte[] xlsx() {
        return TableDocuments.xlsx(table(), 1);
    }

    /** The entries of a ZIP package, in order. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The package with one entry replaced (or added). */
    static byte[] with(byte[] zip, String name, byte[] content) {
        Map<String, byte[]> entries = entries(zip);
        entries.put(name, content);
        return zip(entries);
    }

    static String text(byte[] zip, String name) {
        return new String(entries(zip).get(name), StandardCharsets.UTF_8);
    }

    /** A .docx whose body unpacks to {@code megabytes} MB of spaces: a few tens of KB packed. */
    static byte[] zipBomb(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, byte[]> entries = entries(docx());
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getKey().equals("word/document.xml")) {
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    zip.write("<?xml version=\"1.0\"?>".getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(spaces);
                    }
                }
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The OOXML file encrypted with a password to open (agile encryption, as Word and WPS write it). */
    static byte[] encrypted(byte[] ooxml, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(ooxml));
                    OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
