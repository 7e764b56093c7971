package cn.perftarget.ui.overview;

import java.util.List;

/**
 * What a chart and the table beside it show: categories (x axis, the table's rows) and series (the bars, the
 * table's columns), each with a value per category.
 */
record ChartData(List<String> categories, List<Series> series, boolean stacked, String unit) {

    record Series(String name, List<Number> values) {

        Series {
            values = List.copyOf(values);
        }
    }

    ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }
}
