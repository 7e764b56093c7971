package cn.perftarget.workflow.security;

import org.jspecify.annotations.Nullable;

/**
 * The IP address of the client whose request is being served, for the security log. The web layer provides it
 * (the address as the server sees it: a proxy's X-Forwarded-For counts only when that proxy is configured as
 * trusted); without a request — a timer, a test calling a service — it is null.
 */
public interface ClientAddress {

    @Nullable
    String current();
}
