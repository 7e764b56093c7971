package cn.perftarget.domain.office;

import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TargetTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF export says, read with PDFBox: its text (whitespace of wrapped lines taken out) and its fonts. */
final class PdfTextProbe {

    private final String text;
    private final List<String> fonts = new ArrayList<>();
    private final List<Boolean> embedded = new ArrayList<>();
    private final int pages;

    PdfTextProbe(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
            text = squeeze(new PDFTextStripper().getText(doc));
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    embedded.add(font.isEmbedded());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text without any whitespace: a cell wrapped over lines reads as written. */
    String text() {
        return text;
    }

    List<String> fonts() {
        return fonts;
    }

    boolean allFontsEmbedded() {
        return !embedded.isEmpty() && embedded.stream().allMatch(e -> e);
    }

    int pages() {
        return pages;
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Every cell of the table as written, for a check that each is in the text. */
    static List<String> cells(TargetTable t) {
        List<String> cells = new ArrayList<>(List.of(
                t.unitCode() + t.unitName(),
                t.projectCode(),
                t.projectName(),
                t.budget().text(),
                t.fiscalFunds().text(),
                t.otherFunds().text(),
                t.fundPurpose(),
                t.goals()));
        cells.addAll(t.plan().cells());
        for (IndicatorRow r : t.indicators()) {
            cells.addAll(List.of(r.level1(), r.level2(), r.level3(), r.description(), r.valueText(), r.basis()));
        }
        return cells;
    }
}
