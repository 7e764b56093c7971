package cn.perftarget.ui.security;

import cn.perftarget.workflow.security.ClientAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client's address of the request being served (the Vaadin app's and the Camunda webapps' alike), as Tomcat
 * sees it: a proxy's X-Forwarded-For is taken only from the proxies named in
 * {@code server.tomcat.remoteip.internal-proxies} ({@code PERFTARGET_TRUSTED_PROXIES}); from anyone else it is
 * ignored and the connecting address is logged.
 */
@Component
class ClientAddresses implements ClientAddress {

    @Override
    public @Nullable String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getRemoteAddr()
                : null;
    }
}
