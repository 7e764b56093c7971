package cn.perftarget.domain.office.read;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small helpers over the DOM of a Word document's XML (WordprocessingML and markup compatibility). */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private WordXml() {}

    /** The child elements of a node, in order. */
    static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether the element is {@code w:name}. */
    static boolean isW(Node node, String name) {
        return node instanceof Element && W.equals(node.getNamespaceURI()) && name.equals(node.getLocalName());
    }

    static boolean isMc(Node node, String name) {
        return node instanceof Element && MC.equals(node.getNamespaceURI()) && name.equals(node.getLocalName());
    }

    /** The first child {@code w:name}, or null. */
    static @Nullable Element child(Node parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n, name)) {
                return (Element) n;
            }
        }
        return null;
    }

    /** The text directly inside an element. */
    static String text(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(n.getNodeValue());
            }
        }
        return b.toString();
    }

    /** The attribute {@code w:name}, or null when absent. */
    static @Nullable String attribute(Element e, String name) {
        return e.hasAttributeNS(W, name) ? e.getAttributeNS(W, name) : null;
    }
}
