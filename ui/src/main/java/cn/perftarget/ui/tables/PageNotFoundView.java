package cn.perftarget.ui.tables;

import cn.perftarget.ui.layout.MainLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 内容不存在或无权访问 (HTTP 404) for an address that is no route, or a route the user's role may not open: Vaadin's
 * access control refuses such a route with {@code AccessDeniedException}, whose default view reroutes to the router's
 * {@link NotFoundException}, shown here instead of Vaadin's English "Could not navigate to …" page. A refused route
 * looks exactly like a missing one, as a table outside the user's scope does ({@link NoAccessView}).
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageNotFoundView extends NoAccessPage implements HasErrorParameter<NotFoundException> {

    public PageNotFoundView() {
        super("tables.noaccess.pageHint");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
