package cn.perftarget.ui.security;

import cn.perftarget.workflow.access.ServiceAction;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The service action a route that takes a table id opens the table with: who may open it is what the access policy
 * grants that action ({@code AccessPolicy}), and the view's access annotation must not say more.
 * {@code TableRouteMatrixTest} finds every such route and tries it as every kind of user, in and out of scope.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TableRouteAction {

    ServiceAction value();
}
