package cn.perftarget.domain.office.write;

import cn.perftarget.domain.table.TargetTable;
import java.util.List;

/**
 * One 绩效目标表 as an HTML fragment in the published layout, for a browser to print: the title
 * {@code N.项目名称绩效目标表}, then one {@code <table class="target-table">} on the eight columns of
 * {@link TableLayout} — the unit line and 单位：万元 as its first row without borders, the grid with its merged cells
 * ({@code colspan}, {@code rowspan}). Every cell is the table's text as written, escaped; a line break in a cell is a
 * {@code <br>}. Classes for the style sheet: {@code caption}, {@code value}, {@code text}, {@code unit},
 * {@code amount-unit}; {@code target-title} on the title.
 */
public final class TableHtml {

    private TableHtml() {}

    public static String fragment(TargetTable table, int number) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<h3 class=\"target-title\">")
                .append(escape(TableLayout.title(table, number)))
                .append("</h3>");
        html.append("<table class=\"target-table\"><colgroup>");
        int total = 0;
        for (int w : TableLayout.WIDTHS) {
            total += w;
        }
        for (int w : TableLayout.WIDTHS) {
            html.append("<col style=\"width:")
                    .append(Math.round(1000.0 * w / total) / 10.0)
                    .append("%\">");
        }
        html.append("</colgroup><tbody>");
        for (List<LayoutCell> row : TableLayout.of(table).rows()) {
            html.append("<tr>");
            for (LayoutCell c : row) {
                html.append("<td class=\"").append(styleClass(c.style())).append('"');
                if (c.colSpan() > 1) {
                    html.append(" colspan=\"").append(c.colSpan()).append('"');
                }
                if (c.rowSpan() > 1) {
                    html.append(" rowspan=\"").append(c.rowSpan()).append('"');
                }
                html.append('>').append(escape(c.text()).replace("\n", "<br>")).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String styleClass(LayoutCell.CellStyle style) {
        return switch (style) {
            case CAPTION -> "caption";
            case VALUE -> "value";
            case TEXT -> "text";
            case UNIT -> "unit";
            case AMOUNT_UNIT -> "amount-unit";
        };
    }

    /** The text as HTML text: {@code & < > " '} escaped. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\r' -> {}
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
