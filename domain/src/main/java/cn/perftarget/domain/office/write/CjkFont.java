package cn.perftarget.domain.office.write;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font of the PDF exports: WenQuanYi Micro Hei (文泉驿微米黑), a TrueType CJK font with Latin letters, from
 * Debian's {@code fonts-wqy-microhei}, bundled as {@code /fonts/wqy-microhei.ttc} under the Apache License 2.0 (see
 * {@code /fonts/LICENSE-wqy-microhei.txt}). It is embedded as a subset, with a Unicode map, so the PDF shows and
 * copies its Chinese text on a machine without Chinese fonts.
 */
final class CjkFont {

    static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    /** The first face of the collection: WenQuanYi Micro Hei (the second is its monospaced face). */
    private static final String FACE = "wqy-microhei.ttc,0";

    private CjkFont() {}

    private static final class Bytes {
        static final byte[] FONT = load();

        private static byte[] load() {
            try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the class path: " + RESOURCE);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A new font for one document (a font object keeps which glyphs its document used). */
    static BaseFont create() {
        try {
            BaseFont font = BaseFont.createFont(FACE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, Bytes.FONT, null);
            font.setSubset(true);
            return font;
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot load the bundled font " + RESOURCE, e);
        }
    }
}
