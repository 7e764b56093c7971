package cn.perftarget.ui.error;

import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.workflow.security.SecurityAudit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A screen the signed-in user's role may not open (Vaadin's access control refuses it): written to the security log
 * as 越权访问被拒绝 with the address, then shown exactly like an address that does not exist (内容不存在或无权访问),
 * as Vaadin's own handler of the refusal does.
 */
@Tag(Tag.DIV)
@AnonymousAllowed
public class RefusedRoute extends Component implements HasErrorParameter<AccessDeniedException> {

    private final CurrentUser currentUser;
    private final SecurityAudit audit;

    public RefusedRoute(CurrentUser currentUser, SecurityAudit audit) {
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String username = currentUser.get().map(u -> u.username()).orElse("-");
        audit.failure(
                SecurityEventType.ACCESS_REFUSED,
                username,
                "/" + event.getLocation().getPathWithQueryParameters(),
                "security.detail.route");
        event.rerouteToError(NotFoundException.class);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
