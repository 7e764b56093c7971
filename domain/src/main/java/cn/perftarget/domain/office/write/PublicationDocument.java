package cn.perftarget.domain.office.write;

import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.table.TargetTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jspecify.annotations.Nullable;

/**
 * A department's publication document for a fiscal year (部门预算绩效信息), as published with the department budget:
 * the department's name and {@code 2021年部门预算绩效信息}, the department part (第一部分 部门整体绩效目标:
 * 一、总体绩效目标, 二、分项绩效目标, 三、工作保障措施), then every table given, numbered in order from 1, each on a
 * page of its own (第二部分 项目支出绩效目标表). Which tables go in (the approved revisions) is the caller's choice;
 * the importer reads the document back to the same tables, in order, each with the header's year, and the same
 * department part.
 */
public final class PublicationDocument {

    private PublicationDocument() {}

    /**
     * @param part   the department part, or null when the department has none (the tables alone then)
     * @param tables the tables in the order to publish them
     */
    public static byte[] docx(PublicationHeader header, @Nullable DepartmentTargets part, List<TargetTable> tables) {
        try (XWPFDocument doc = WordTables.newDocument()) {
            for (PublicationText.Block b : PublicationText.front(header, part)) {
                switch (b.kind()) {
                    case TITLE -> WordTables.text(doc, b.text(), ParagraphAlignment.CENTER, true, 16);
                    case HEADING -> WordTables.text(doc, b.text(), ParagraphAlignment.LEFT, true, 12);
                    case BODY -> WordTables.text(doc, b.text(), ParagraphAlignment.LEFT, false, 11);
                }
            }
            for (int i = 0; i < tables.size(); i++) {
                WordTables.pageBreak(doc);
                WordTables.table(doc, tables.get(i), i + 1);
            }
            return TableDocuments.bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same document as a PDF, A4 portrait, its CJK font embedded. */
    public static byte[] pdf(PublicationHeader header, @Nullable DepartmentTargets part, List<TargetTable> tables) {
        try (PdfTables pdf = new PdfTables(header.title() + header.fiscalYear() + PublicationText.YEAR_HEADING)) {
            for (PublicationText.Block b : PublicationText.front(header, part)) {
                pdf.text(
                        b.text(),
                        switch (b.kind()) {
                            case TITLE -> PdfTables.TextStyle.TITLE;
                            case HEADING -> PdfTables.TextStyle.HEADING;
                            case BODY -> PdfTables.TextStyle.BODY;
                        });
            }
            for (int i = 0; i < tables.size(); i++) {
                pdf.newPage();
                pdf.table(tables.get(i), i + 1);
            }
            return pdf.bytes();
        }
    }
}
