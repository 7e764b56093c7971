package cn.perftarget.ui.overview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An Apache ECharts chart (the WebJar {@code org.webjars.npm:echarts}, {@code dist/echarts.min.js} served from the
 * jar as a static resource and added to the page on attach; no npm build). The option is ECharts' own JSON; a click on
 * a bar or point calls back with the category and series index ({@link #onClick}).
 */
class EChart extends Div {

    /** Where the servlet serves the WebJar from (META-INF/resources/webjars of the jar). */
    static final String SCRIPT = "context://webjars/echarts/5.3.1/dist/echarts.min.js";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The category (x) and series index of a clicked item. */
    interface ClickListener {
        void clicked(int category, int series);
    }

    private String option = "{}";
    private @Nullable ClickListener listener;

    EChart(String id) {
        setId(id);
        addClassName("overview-chart");
        setWidthFull();
        setHeight("340px");
    }

    void setOption(Map<String, Object> option) {
        try {
            this.option = JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        draw();
    }

    void onClick(ClickListener listener) {
        this.listener = listener;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().addJavaScript(SCRIPT);
        draw();
    }

    private void draw() {
        getElement().executeJs("""
                        const el = this, option = JSON.parse($0);
                        const draw = (tries) => {
                          if (!window.echarts) { if (tries < 200) setTimeout(() => draw(tries + 1), 50); return; }
                          const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
                          chart.setOption(option, true);
                          chart.off('click');
                          chart.on('click', p => el.$server.clicked(p.dataIndex, p.seriesIndex));
                          if (!el.__resize) { el.__resize = new ResizeObserver(() => chart.resize()); el.__resize.observe(el); }
                          el.setAttribute('data-drawn', 'true');
                        };
                        draw(0);""", option);
    }

    /** Called by the chart in the browser when a bar or point is clicked. */
    @ClientCallable
    void clicked(int category, int series) {
        click(category, series);
    }

    /** A click on the item (tests call this for the browser's click). */
    void click(int category, int series) {
        if (listener != null) {
            listener.clicked(category, series);
        }
    }
}
