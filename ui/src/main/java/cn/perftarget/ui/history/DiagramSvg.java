package cn.perftarget.ui.history;

import cn.perftarget.ui.history.ProcessDiagram.Box;
import cn.perftarget.ui.history.ProcessDiagram.Edge;
import cn.perftarget.ui.history.ProcessDiagram.Shape;
import cn.perftarget.workflow.read.RoundProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link ProcessDiagram} as SVG text: finished steps green, the current step orange and bold, the rest grey.
 * Each node is a {@code <g class="node {state}" data-element="{id}">}, so tests and CSS can find it.
 */
public final class DiagramSvg {

    private static final double MARGIN = 20;
    private static final double CHAR_WIDTH = 12.5;
    private static final double LINE_HEIGHT = 14;

    private DiagramSvg() {}

    public static String render(ProcessDiagram diagram, RoundProgress progress) {
        double[] extent = extent(diagram);
        StringBuilder svg = new StringBuilder(16_000);
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"process-diagram\" viewBox=\"%s %s %s %s\" "
                        + "width=\"%s\" height=\"%s\" font-family=\"sans-serif\" font-size=\"12\">",
                n(extent[0]),
                n(extent[1]),
                n(extent[2] - extent[0]),
                n(extent[3] - extent[1]),
                n(extent[2] - extent[0]),
                n(extent[3] - extent[1])));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
                + "markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#666\"/>"
                + "</marker></defs>");
        for (Edge edge : diagram.edges()) {
            edge(svg, edge);
        }
        for (Shape shape : diagram.shapes()) {
            shape(svg, shape, state(progress, shape.elementId()));
        }
        return svg.append("</svg>").toString();
    }

    private static void edge(StringBuilder svg, Edge edge) {
        svg.append("<g class=\"edge\" data-element=\"")
                .append(escape(edge.elementId()))
                .append("\">");
        svg.append("<polyline fill=\"none\" stroke=\"#666\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\" points=\"");
        for (double[] p : edge.waypoints()) {
            svg.append(n(p[0])).append(',').append(n(p[1])).append(' ');
        }
        svg.append("\"/>");
        if (!edge.name().isEmpty()) {
            Box label = edge.label() != null ? edge.label() : midLabel(edge);
            text(svg, List.of(edge.name()), label.x(), label.y(), label.width(), "#333");
        }
        svg.append("</g>");
    }

    private static Box midLabel(Edge edge) {
        double[] a = edge.waypoints().get(0);
        double[] b = edge.waypoints().get(Math.min(1, edge.waypoints().size() - 1));
        double width = width(edge.name());
        return new Box((a[0] + b[0]) / 2 - width / 2, (a[1] + b[1]) / 2 - LINE_HEIGHT - 2, width, LINE_HEIGHT);
    }

    private static void shape(StringBuilder svg, Shape shape, String state) {
        String stroke = switch (state) {
            case "current" -> "#e65100";
            case "finished" -> "#2e7d32";
            default -> "#777";
        };
        String fill = switch (state) {
            case "current" -> "#ffe0b2";
            case "finished" -> "#e8f5e9";
            default -> "#fff";
        };
        String width = "current".equals(state) ? "4" : "2";
        Box b = shape.bounds();
        svg.append("<g class=\"node ")
                .append(state)
                .append("\" data-element=\"")
                .append(escape(shape.elementId()))
                .append("\"><title>")
                .append(escape(shape.name().isEmpty() ? shape.elementId() : shape.name()))
                .append("</title>");
        String paint = " fill=\"" + fill + "\" stroke=\"" + stroke + "\" stroke-width=\"" + width + "\"";
        double cx = b.centreX();
        double cy = b.centreY();
        double r = b.width() / 2;
        switch (shape.kind()) {
            case TASK -> {
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"10\"%s/>",
                        n(b.x()),
                        n(b.y()),
                        n(b.width()),
                        n(b.height()),
                        paint));
                List<String> lines = wrap(shape.name(), b.width() - 10);
                double top = cy - lines.size() * LINE_HEIGHT / 2;
                text(svg, lines, b.x(), top, b.width(), "#222");
            }
            case GATEWAY -> {
                svg.append(String.format(
                        Locale.ROOT,
                        "<polygon points=\"%s,%s %s,%s %s,%s %s,%s\"%s/>",
                        n(cx),
                        n(b.y()),
                        n(b.x() + b.width()),
                        n(cy),
                        n(cx),
                        n(b.y() + b.height()),
                        n(b.x()),
                        n(cy),
                        paint));
                if (shape.marker()) {
                    double d = b.width() / 6;
                    svg.append(String.format(
                            Locale.ROOT,
                            "<path d=\"M%s,%s L%s,%s M%s,%s L%s,%s\" stroke=\"%s\" " + "stroke-width=\"3\"/>",
                            n(cx - d),
                            n(cy - d),
                            n(cx + d),
                            n(cy + d),
                            n(cx + d),
                            n(cy - d),
                            n(cx - d),
                            n(cy + d),
                            stroke));
                }
            }
            case START -> circle(svg, cx, cy, r, paint);
            case END ->
                circle(
                        svg,
                        cx,
                        cy,
                        r,
                        paint.replace(
                                "stroke-width=\"" + width + "\"",
                                "stroke-width=\"" + ("current".equals(state) ? "6" : "4") + "\""));
            case TIMER_BOUNDARY, MESSAGE_BOUNDARY -> {
                circle(svg, cx, cy, r, paint);
                circle(svg, cx, cy, r - 3, " fill=\"none\" stroke=\"" + stroke + "\" stroke-width=\"1\"");
                if (shape.kind() == ProcessDiagram.Kind.TIMER_BOUNDARY) {
                    svg.append(String.format(
                            Locale.ROOT,
                            "<path d=\"M%s,%s L%s,%s L%s,%s\" fill=\"none\" " + "stroke=\"%s\" stroke-width=\"1.5\"/>",
                            n(cx),
                            n(cy - r + 7),
                            n(cx),
                            n(cy),
                            n(cx + r - 8),
                            n(cy),
                            stroke));
                } else {
                    double w = r * 0.9;
                    double h = r * 0.6;
                    svg.append(String.format(
                            Locale.ROOT,
                            "<path d=\"M%s,%s h%s v%s h-%s z M%s,%s L%s,%s L%s,%s\" "
                                    + "fill=\"none\" stroke=\"%s\" stroke-width=\"1.2\"/>",
                            n(cx - w / 2),
                            n(cy - h / 2),
                            n(w),
                            n(h),
                            n(w),
                            n(cx - w / 2),
                            n(cy - h / 2),
                            n(cx),
                            n(cy),
                            n(cx + w / 2),
                            n(cy - h / 2),
                            stroke));
                }
            }
            default -> throw new IllegalStateException(shape.kind().name());
        }
        if (shape.kind() != ProcessDiagram.Kind.TASK && !shape.name().isEmpty()) {
            Box label =
                    shape.label() != null ? shape.label() : new Box(cx - 50, b.y() + b.height() + 4, 100, LINE_HEIGHT);
            // a label box of one line height holds one line, even when the name is a little wider
            List<String> lines = shape.label() != null && label.height() < 2 * LINE_HEIGHT
                    ? List.of(shape.name())
                    : wrap(shape.name(), Math.max(label.width(), 60));
            text(svg, lines, label.x(), label.y(), label.width(), "#222");
        }
        svg.append("</g>");
    }

    private static void circle(StringBuilder svg, double cx, double cy, double r, String paint) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"%s\"%s/>", n(cx), n(cy), n(r), paint));
    }

    /** Lines centred in a box of the given width, the first line's top at {@code top}. */
    private static void text(StringBuilder svg, List<String> lines, double x, double top, double width, String colour) {
        for (int i = 0; i < lines.size(); i++) {
            svg.append(String.format(
                            Locale.ROOT,
                            "<text x=\"%s\" y=\"%s\" text-anchor=\"middle\" fill=\"%s\">",
                            n(x + width / 2),
                            n(top + (i + 1) * LINE_HEIGHT - 3),
                            colour))
                    .append(escape(lines.get(i)))
                    .append("</text>");
        }
    }

    /**
     * Breaks a name into lines that fit the width: Chinese names, which have no spaces, into even lines
     * (确定财政/审核科室 rather than 确定财政审核科/室); names with spaces (English) between words.
     */
    static List<String> wrap(String text, double width) {
        if (text.indexOf(' ') >= 0) {
            return wrapWords(text, width);
        }
        int fits = Math.max(1, (int) Math.floor(width / CHAR_WIDTH));
        int lineCount = (text.length() + fits - 1) / fits;
        int perLine = lineCount <= 1 ? fits : (text.length() + lineCount - 1) / lineCount;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < text.length(); i += perLine) {
            lines.add(text.substring(i, Math.min(text.length(), i + perLine)));
        }
        return lines;
    }

    private static List<String> wrapWords(String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** How wide a text is drawn: a Chinese character is a full em, a Latin letter a little over half of one. */
    static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) < 0x2E80 ? CHAR_WIDTH * 0.55 : CHAR_WIDTH;
        }
        return w;
    }

    private static double[] extent(ProcessDiagram diagram) {
        double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Shape s : diagram.shapes()) {
            include(e, s.bounds());
            if (s.label() != null) {
                include(e, s.label());
            }
        }
        for (Edge edge : diagram.edges()) {
            for (double[] p : edge.waypoints()) {
                include(e, new Box(p[0], p[1], 0, 0));
            }
            if (edge.label() != null) {
                include(e, edge.label());
            }
        }
        return new double[] {e[0] - MARGIN, e[1] - MARGIN, e[2] + MARGIN, e[3] + MARGIN};
    }

    private static void include(double[] e, Box b) {
        e[0] = Math.min(e[0], b.x());
        e[1] = Math.min(e[1], b.y());
        e[2] = Math.max(e[2], b.x() + b.width());
        e[3] = Math.max(e[3], b.y() + b.height());
    }

    private static String n(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The CSS class of an element: current wins over finished. */
    static String state(RoundProgress progress, String elementId) {
        if (progress.isCurrent(elementId)) {
            return "current";
        }
        return progress.isFinished(elementId) ? "finished" : "pending";
    }
}
