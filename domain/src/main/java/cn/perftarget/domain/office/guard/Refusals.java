package cn.perftarget.domain.office.guard;

import cn.perftarget.domain.i18n.Message;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The refusals with their messages, one place for the keys. */
final class Refusals {

    private Refusals() {}

    static OfficeFileRefused unsupportedType(String fileName) {
        return new OfficeFileRefused(
                RefusalReason.UNSUPPORTED_TYPE, Message.of("office.refused.unsupportedType", fileName));
    }

    static OfficeFileRefused tooLarge(String fileName, long size, long max) {
        return new OfficeFileRefused(
                RefusalReason.TOO_LARGE, Message.of("office.refused.tooLarge", fileName, size(size), size(max)));
    }

    /** A file read from a stream that went on past the limit: its size is not known. */
    static OfficeFileRefused tooLarge(String fileName, long max) {
        return new OfficeFileRefused(
                RefusalReason.TOO_LARGE, Message.of("office.refused.overLimit", fileName, size(max)));
    }

    static OfficeFileRefused zipBomb(String fileName) {
        return new OfficeFileRefused(RefusalReason.ZIP_BOMB, Message.of("office.refused.zipBomb", fileName));
    }

    static OfficeFileRefused encrypted(String fileName, @Nullable Throwable cause) {
        return new OfficeFileRefused(RefusalReason.ENCRYPTED, Message.of("office.refused.encrypted", fileName), cause);
    }

    /** @param where the part or storage holding the macros, as the file names it (vbaProject.bin, Macros) */
    static OfficeFileRefused macros(String fileName, String where) {
        return new OfficeFileRefused(RefusalReason.MACROS, Message.of("office.refused.macros", fileName, where));
    }

    static OfficeFileRefused wrongContent(String fileName, OfficeFormat named, ContentKind found) {
        return new OfficeFileRefused(
                RefusalReason.WRONG_CONTENT,
                Message.of("office.refused.wrongContent", fileName, named.extension(), found));
    }

    static OfficeFileRefused externalEntities(String fileName, String part) {
        return new OfficeFileRefused(
                RefusalReason.EXTERNAL_ENTITIES, Message.of("office.refused.externalEntities", fileName, part));
    }

    static OfficeFileRefused unreadable(String fileName, OfficeFormat format, @Nullable Throwable cause) {
        return new OfficeFileRefused(
                RefusalReason.UNREADABLE, Message.of("office.refused.unreadable", fileName, format), cause);
    }

    /** A size for people: 20 MB, 1.5 KB, 300 B (data, the same in every language). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return String.format(Locale.ROOT, "%.1f KB", kb).replace(".0 ", " ");
        }
        return String.format(Locale.ROOT, "%.1f MB", kb / 1024.0).replace(".0 ", " ");
    }
}
