package cn.perftarget.ui.tables;

import cn.perftarget.ui.home.HomeView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/**
 * 内容不存在或无权访问 and a link to the home page: what a missing or out-of-scope table shows, and an unknown or
 * refused address, alike. Ids: {@code no-access}, {@code no-access-title}.
 * <p>
 * The error views that show it name their layout with {@code @ParentLayout}: Vaadin 24.9 puts error views only into
 * the layout their {@code @ParentLayout} names ({@code RouteUtil.getParentLayoutsForNonRouteTarget}); the automatic
 * {@code @Layout} is for routes.
 */
abstract class NoAccessPage extends VerticalLayout {

    NoAccessPage(String hintKey) {
        setId("no-access");
        H2 title = new H2(getTranslation("tables.noaccess.title"));
        title.setId("no-access-title");
        add(
                title,
                new Paragraph(getTranslation(hintKey)),
                new RouterLink(getTranslation("tables.noaccess.back"), HomeView.class));
    }
}
