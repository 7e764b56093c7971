package cn.perftarget.ui.overview;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A chart with its numbers beside it (a grid: a row per category, a column per series), both from one
 * {@link ChartData}; a click on a bar, or on a row's cell, drills down ({@link EChart.ClickListener}). Ids:
 * {@code overview-chart-<name>}, {@code overview-grid-<name>}.
 */
class ChartPanel extends VerticalLayout {

    private final EChart chart;
    private final Grid<Integer> grid = new Grid<>();
    private final String name;

    ChartPanel(String name, String title, EChart.ClickListener drill) {
        this.name = name;
        setId("overview-panel-" + name);
        setPadding(false);
        chart = new EChart("overview-chart-" + name);
        chart.onClick(drill);
        grid.setId("overview-grid-" + name);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("340px");
        grid.setWidthFull();
        grid.addItemClickListener(e -> {
            int column = grid.getColumns().indexOf(e.getColumn());
            drill.clicked(e.getItem(), Math.max(0, column - 1));
        });
        FlexLayout both = new FlexLayout(chart, grid);
        both.setWidthFull();
        both.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        both.getStyle().set("gap", "var(--lumo-space-m)");
        chart.getStyle().set("flex", "3 1 480px");
        grid.getStyle().set("flex", "2 1 360px");
        add(new H3(title), both);
    }

    EChart chart() {
        return chart;
    }

    Grid<Integer> grid() {
        return grid;
    }

    void show(ChartData data, String categoryHeader) {
        grid.removeAllColumns();
        grid.addColumn(i -> data.categories().get(i))
                .setHeader(categoryHeader)
                .setAutoWidth(true)
                .setFlexGrow(1);
        for (ChartData.Series s : data.series()) {
            grid.addColumn(i -> format(s.values().get(i)))
                    .setHeader(s.name())
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
        }
        grid.setItems(IntStream.range(0, data.categories().size()).boxed().toList());
        chart.setOption(option(data));
    }

    static String format(Number n) {
        if (n instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(n);
    }

    /** The ECharts option: bars per series over the categories, stacked or side by side, with a legend. */
    static Map<String, Object> option(ChartData data) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("legend", Map.of("type", "scroll", "top", 0));
        option.put("grid", Map.of("left", 48, "right", 16, "top", 40, "bottom", 64, "containLabel", true));
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        data.categories(),
                        "axisLabel",
                        Map.of(
                                "interval",
                                0,
                                "rotate",
                                data.categories().size() > 3 ? 20 : 0,
                                "width",
                                120,
                                "overflow",
                                "truncate")));
        option.put("yAxis", Map.of("type", "value", "name", data.unit()));
        if (data.categories().size() > 12) {
            option.put("dataZoom", List.of(Map.of("type", "slider", "startValue", 0, "endValue", 11, "bottom", 0)));
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (ChartData.Series s : data.series()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", s.name());
            one.put("type", "bar");
            if (data.stacked()) {
                one.put("stack", "all");
            }
            one.put("data", s.values());
            series.add(one);
        }
        option.put("series", series);
        return option;
    }
}
