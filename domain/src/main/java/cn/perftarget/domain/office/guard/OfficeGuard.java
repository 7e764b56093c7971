package cn.perftarget.domain.office.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.jspecify.annotations.Nullable;

/**
 * The checks an Office file passes before it is parsed, in this order: a supported name (a macro-enabled name is
 * refused as such), the size, the content sniffed from its magic bytes against the name, then inside: for a ZIP
 * package every entry (zip bomb, macros, document type declarations, the declared content type), for an OLE2 file
 * its storages (encryption, macros, which document it is). Parsing adds POI's own limits ({@code ZipSecureFile}'s
 * inflate ratio and entry size, set here once) and its refusal of encrypted legacy files.
 */
public final class OfficeGuard {

    static {
        ZipSecureFile.setMinInflateRatio(OfficeLimits.DEFAULTS.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(OfficeLimits.DEFAULTS.maxInflatedBytes());
    }

    /** Word and Excel formats that may hold macros, refused by their name. */
    private static final List<String> MACRO_EXTENSIONS = List.of(".docm", ".dotm", ".xlsm", ".xltm", ".xlam");

    private OfficeGuard() {}

    /**
     * Reads a file from a stream, at most {@code limits.maxBytes()}: a longer stream is refused without being read
     * to its end.
     */
    public static byte[] readBounded(String fileName, InputStream in, OfficeLimits limits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + (long) n > limits.maxBytes()) {
                    throw Refusals.tooLarge(fileName, limits.maxBytes());
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The format to read the file as, once every check passed.
     *
     * @throws OfficeFileRefused when a check fails; nothing of the file is read further
     */
    public static OfficeFormat check(String fileName, byte[] content, OfficeLimits limits) {
        OfficeFormat named = named(fileName);
        if (content.length > limits.maxBytes()) {
            throw Refusals.tooLarge(fileName, content.length, limits.maxBytes());
        }
        ContentKind found = sniff(fileName, content, named, limits);
        if (found != ContentKind.of(named)) {
            throw Refusals.wrongContent(fileName, named, found);
        }
        return named;
    }

    /**
     * Whether a file of this name is an Office file to check and read here: a .docx, .doc, .xlsx or .xls, or a
     * macro-enabled Word or Excel file (which {@link #check} refuses as such).
     */
    public static boolean isOfficeName(String fileName) {
        return OfficeFormat.isOfficeFileName(fileName) || macroExtension(fileName) != null;
    }

    /** The format the name says; refuses other names, macro-enabled ones as such. */
    private static OfficeFormat named(String fileName) {
        String macro = macroExtension(fileName);
        if (macro != null) {
            throw Refusals.macros(fileName, macro);
        }
        return OfficeFormat.ofFileName(fileName).orElseThrow(() -> Refusals.unsupportedType(fileName));
    }

    private static @Nullable String macroExtension(String fileName) {
        String lower = fileName.strip().toLowerCase(Locale.ROOT);
        for (String macro : MACRO_EXTENSIONS) {
            if (lower.endsWith(macro)) {
                return macro;
            }
        }
        return null;
    }

    private static ContentKind sniff(String fileName, byte[] content, OfficeFormat named, OfficeLimits limits) {
        if (content.length == 0) {
            return ContentKind.EMPTY;
        }
        FileMagic magic = FileMagic.valueOf(content);
        return switch (magic) {
            case OOXML -> new ZipInspection(fileName, limits).inspect(content, named);
            case OLE2 -> new Ole2Inspection(fileName).inspect(content, named);
            case PDF -> ContentKind.PDF;
            case RTF -> ContentKind.RTF;
            case HTML -> ContentKind.HTML;
            case XML -> ContentKind.XML;
            case JPEG, GIF, PNG, TIFF, WMF, EMF, BMP -> ContentKind.IMAGE;
            case BIFF2, BIFF3, BIFF4, MSWRITE, WORD2 -> ContentKind.OLD_OFFICE;
            default -> ContentKind.UNKNOWN;
        };
    }
}
