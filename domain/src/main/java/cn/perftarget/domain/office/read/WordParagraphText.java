package cn.perftarget.domain.office.read;

import static cn.perftarget.domain.office.read.WordXml.W;
import static cn.perftarget.domain.office.read.WordXml.attribute;
import static cn.perftarget.domain.office.read.WordXml.isMc;

import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text a reader sees in a Word paragraph: runs' text, a tab as {@code \t}, a line break as {@code \n}; no field
 * instructions (the result of a field stays), no deleted text, nothing of drawings (text boxes are read as blocks of
 * their own, see {@link #textBoxes}).
 */
final class WordParagraphText {

    private WordParagraphText() {}

    static String of(Element paragraph) {
        StringBuilder b = new StringBuilder();
        append(paragraph, b);
        return b.toString();
    }

    private static void append(Node node, StringBuilder b) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (isMc(e, "AlternateContent")) {
                Element choice = firstChoice(e);
                if (choice != null) {
                    append(choice, b);
                }
                continue;
            }
            if (!W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "t" -> b.append(WordXml.text(e));
                case "tab", "ptab" -> b.append('\t');
                case "br" -> {
                    String type = attribute(e, "type");
                    if (type == null || type.equals("textWrapping")) {
                        b.append('\n');
                    }
                }
                case "cr" -> b.append('\n');
                case "noBreakHyphen" -> b.append('-');
                // not what a reader sees: properties, deleted and moved-away text, field instructions, drawings
                case "pPr", "rPr", "del", "moveFrom", "instrText", "delText", "drawing", "pict", "object" -> {}
                default -> append(e, b); // runs, insertions, hyperlinks, fields' results, smart tags, content controls
            }
        }
    }

    private static @org.jspecify.annotations.Nullable Element firstChoice(Element alternate) {
        for (Element c : WordXml.children(alternate)) {
            if (isMc(c, "Choice")) {
                return c;
            }
        }
        return null;
    }

    /**
     * The text boxes anchored in a paragraph (their content is read as blocks: a table drawn in a frame is a table),
     * once each: a text box written twice, as DrawingML and as its VML fallback, is taken from the first.
     */
    static List<Element> textBoxes(Element paragraph) {
        List<Element> out = new java.util.ArrayList<>();
        collect(paragraph, out);
        return out;
    }

    private static void collect(Node node, List<Element> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || isMc(e, "Fallback")) {
                continue;
            }
            if (WordXml.isW(e, "txbxContent")) {
                out.add(e);
            } else {
                collect(e, out);
            }
        }
    }
}
