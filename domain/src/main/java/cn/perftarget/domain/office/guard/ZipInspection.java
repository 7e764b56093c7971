package cn.perftarget.domain.office.guard;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Reads every entry of a ZIP package once, before any XML parser sees it: counts what it unpacks to (a zip bomb
 * stops the reading at the first entry that inflates beyond the ratio, as POI's {@code ZipSecureFile} would), looks
 * for macros and for XML document type declarations, and tells from {@code [Content_Types].xml} what the package is.
 */
final class ZipInspection {

    /** Entries smaller than this are not held to the ratio (POI's grace size). */
    private static final long GRACE = 100 * 1024;

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final int MAX_CONTENT_TYPES = 1024 * 1024;
    private static final Pattern CONTENT_TYPE = Pattern.compile("ContentType\\s*=\\s*\"([^\"]*)\"");
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);

    private final String fileName;
    private final OfficeLimits limits;

    ZipInspection(String fileName, OfficeLimits limits) {
        this.fileName = fileName;
        this.limits = limits;
    }

    /** What the package is; refuses a zip bomb, macros or a document type declaration. */
    ContentKind inspect(byte[] content, OfficeFormat named) {
        ByteArrayOutputStream contentTypes = new ByteArrayOutputStream();
        int entries = 0;
        long total = 0;
        try (ZipArchiveInputStream zip =
                new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw Refusals.zipBomb(fileName);
                }
                String name = entry.getName();
                checkMacroName(name);
                boolean xml = isXml(name);
                boolean types = name.equals(CONTENT_TYPES);
                Marker marker = new Marker();
                long inflated = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    total += n;
                    if (total > limits.maxInflatedBytes()
                            || inflated > GRACE
                                    && (double) zip.getCompressedCount() / inflated < limits.minInflateRatio()) {
                        throw Refusals.zipBomb(fileName);
                    }
                    if (xml && marker.found(buffer, n)) {
                        throw Refusals.externalEntities(fileName, name);
                    }
                    if (types && contentTypes.size() + n <= MAX_CONTENT_TYPES) {
                        contentTypes.write(buffer, 0, n);
                    }
                }
            }
        } catch (OfficeFileRefused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Refusals.unreadable(fileName, named, e);
        }
        if (entries == 0) {
            throw Refusals.unreadable(fileName, named, null);
        }
        return kind(contentTypes.toString(StandardCharsets.UTF_8));
    }

    private static boolean isXml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml");
    }

    private void checkMacroName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith("vbaproject.bin") || n.endsWith("vbadata.xml")) {
            throw Refusals.macros(fileName, name);
        }
    }

    /** The package's kind by the content types it declares; refuses macro-enabled ones. */
    private ContentKind kind(String types) {
        ContentKind kind = ContentKind.ZIP;
        Matcher m = CONTENT_TYPE.matcher(types);
        while (m.find()) {
            String type = m.group(1).toLowerCase(Locale.ROOT);
            if (type.contains("macroenabled") || type.contains("vbaproject")) {
                throw Refusals.macros(fileName, m.group(1));
            }
            if (type.equals("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")) {
                kind = ContentKind.DOCX;
            } else if (type.equals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")) {
                kind = ContentKind.XLSX;
            } else if (kind == ContentKind.ZIP && type.startsWith("application/vnd.openxmlformats-officedocument.")) {
                kind = ContentKind.OTHER_OFFICE;
            }
        }
        return kind;
    }

    /** Finds {@code <!DOCTYPE} or {@code <!ENTITY} in a stream read in pieces (a marker may span two pieces). */
    private static final class Marker {

        private final byte[] tail = new byte[DOCTYPE.length];
        private int tailLength;

        boolean found(byte[] buffer, int n) {
            byte[] window = new byte[tailLength + n];
            System.arraycopy(tail, 0, window, 0, tailLength);
            System.arraycopy(buffer, 0, window, tailLength, n);
            if (contains(window, DOCTYPE) || contains(window, ENTITY)) {
                return true;
            }
            tailLength = Math.min(tail.length, window.length);
            System.arraycopy(window, window.length - tailLength, tail, 0, tailLength);
            return false;
        }

        private static boolean contains(byte[] hay, byte[] needle) {
            outer:
            for (int i = 0; i + needle.length <= hay.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (hay[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }
}
