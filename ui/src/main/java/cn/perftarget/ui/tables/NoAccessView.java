package cn.perftarget.ui.tables;

import cn.perftarget.ui.layout.MainLayout;
import cn.perftarget.workflow.error.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 内容不存在或无权访问: shown (HTTP 404) whenever a view throws the approval service's {@link NotFoundException}, so
 * a table outside the user's scope looks exactly like a table that does not exist.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NoAccessView extends NoAccessPage implements HasErrorParameter<NotFoundException> {

    public NoAccessView() {
        super("tables.noaccess.hint");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
