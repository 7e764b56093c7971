package cn.perftarget.domain.office;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.office.write.TableHtml;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.SeedTables;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The print layout: every cell of a seed table in the HTML, merged cells as spans, markup typed as text escaped. */
class TableHtmlTest {

    @Test
    void everyCellOfEverySeedTableIsInThePrintLayoutEscaped() {
        for (TargetTable t : SeedTables.of("004_f47e421262983de5.txt")) {
            String html = TableHtml.fragment(t, 3);
            assertThat(html).startsWith("<h3 class=\"target-title\">3." + escape(t.projectName()) + "绩效目标表</h3>");
            for (TableField f : List.of(TableField.values())) {
                String v = f.valueOf(t);
                if (!v.isBlank() && f != TableField.FISCAL_YEAR && f != TableField.UNIT) {
                    assertThat(html).as(f.name()).contains(escape(v).replace("\n", "<br>"));
                }
            }
            for (IndicatorRow r : t.indicators()) {
                assertThat(html).contains(escape(r.level3()), escape(r.valueText()));
            }
            assertThat(html).contains(escape(t.unitCode() + t.unitName()), "rowspan=\"2\"", "单位：万元");
        }
    }

    @Test
    void markupTypedIntoACellIsShownAsText() {
        TargetTable t = SeedTables.of("004_f47e421262983de5.txt").get(0);
        TargetTable typed = t.withUnit("442001", "<script>alert('x')</script>&", 2021);
        String html = TableHtml.fragment(typed, 1);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;")
                .replace("\r", "");
    }
}
