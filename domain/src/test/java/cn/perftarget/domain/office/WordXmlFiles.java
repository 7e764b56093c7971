package cn.perftarget.domain.office;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * .docx files written as WordprocessingML by hand, for layouts our writer does not make: what WPS and Word users
 * produce (text boxes, frames, content controls, fields, tracked changes, line breaks inside cells).
 */
final class WordXmlFiles {

    static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\"";

    private WordXmlFiles() {}

    /** A .docx whose body is the given XML. */
    static byte[] docx(String body) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                "[Content_Types].xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                        + ".wordprocessingml.document.main+xml\"/></Types>"));
        entries.put(
                "_rels/.rels",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
                        + "/officeDocument\" Target=\"word/document.xml\"/></Relationships>"));
        entries.put(
                "word/document.xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + "<w:document " + NAMESPACES
                        + "><w:body>" + body + "</w:body></w:document>"));
        return OfficeFiles.zip(entries);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A paragraph of runs (each a {@code <w:r>…</w:r>} or other paragraph content). */
    static String p(String... content) {
        return "<w:p>" + String.join("", content) + "</w:p>";
    }

    /** A run of text, spaces kept. */
    static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    /** A paragraph of one run. */
    static String para(String text) {
        return p(r(text));
    }

    static final String BR = "<w:r><w:br/></w:r>";
    static final String TAB = "<w:r><w:tab/></w:r>";

    /** A cell of paragraphs, with cell properties (gridSpan, vMerge) given as XML. */
    static String tc(String properties, String... paragraphs) {
        return "<w:tc><w:tcPr>" + properties + "</w:tcPr>" + String.join("", paragraphs) + "</w:tc>";
    }

    /** A plain cell of one paragraph. */
    static String tc(String text) {
        return tc("", para(text));
    }

    static final String RESTART = "<w:vMerge w:val=\"restart\"/>";
    static final String CONTINUE = "<w:vMerge/>";

    static String span(int n) {
        return "<w:gridSpan w:val=\"" + n + "\"/>";
    }

    static String tr(String... cells) {
        return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    static String tbl(String... rows) {
        return "<w:tbl><w:tblPr/><w:tblGrid/>" + String.join("", rows) + "</w:tbl>";
    }

    /** A plain row of one-paragraph cells. */
    static String row(List<String> cells) {
        return tr(cells.stream().map(WordXmlFiles::tc).collect(Collectors.joining()));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
