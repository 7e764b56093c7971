package cn.perftarget.domain.office.read;

import static cn.perftarget.domain.office.read.WordXml.W;
import static cn.perftarget.domain.office.read.WordXml.attribute;
import static cn.perftarget.domain.office.read.WordXml.isMc;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text a reader sees in a Word paragraph: runs' text, a tab as {@code \t}, a line break as {@code \n}; no field
 * instructions (the result of a field stays), no deleted or hidden text, nothing of drawings; and the text boxes
 * anchored in it, whose content is read as blocks of their own (a table drawn in a frame is a table). One pass over
 * the paragraph.
 *
 * @param text      the paragraph's text
 * @param textBoxes the {@code w:txbxContent} elements of its drawings, once each: a text box written twice, as
 *                  DrawingML and as its VML fallback, is taken from the first
 */
record WordParagraphText(String text, List<Element> textBoxes) {

    static WordParagraphText of(Element paragraph) {
        StringBuilder b = new StringBuilder();
        List<Element> boxes = new ArrayList<>();
        append(paragraph, b, boxes);
        return new WordParagraphText(b.toString(), boxes);
    }

    private static void append(Node node, StringBuilder b, List<Element> boxes) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (isMc(e, "AlternateContent")) {
                Element choice = firstChoice(e);
                if (choice != null) {
                    append(choice, b, boxes);
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
                case "pPr", "rPr", "del", "moveFrom", "instrText", "delText", "object" -> {}
                case "drawing", "pict" -> collect(e, boxes);
                case "r" -> {
                    if (!hidden(e)) {
                        append(e, b, boxes);
                    }
                }
                default -> append(e, b, boxes); // insertions, hyperlinks, fields' results, smart tags, content controls
            }
        }
    }

    /** A run formatted as hidden text ({@code w:vanish}): not what a reader sees. */
    private static boolean hidden(Element run) {
        Element pr = WordXml.child(run, "rPr");
        Element vanish = pr == null ? null : WordXml.child(pr, "vanish");
        if (vanish == null) {
            return false;
        }
        String val = attribute(vanish, "val");
        return val == null || !(val.equals("false") || val.equals("0") || val.equals("off"));
    }

    private static @org.jspecify.annotations.Nullable Element firstChoice(Element alternate) {
        for (Element c : WordXml.children(alternate)) {
            if (isMc(c, "Choice")) {
                return c;
            }
        }
        return null;
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
