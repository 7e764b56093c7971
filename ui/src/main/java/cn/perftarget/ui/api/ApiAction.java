package cn.perftarget.ui.api;

import cn.perftarget.workflow.access.ServiceAction;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The service action an endpoint of {@code /api/v1} performs, as the access policy names it: {@code
 * ApiEndpointMatrixTest} finds every endpoint, requires this annotation, and calls it as each kind of user in and out
 * of scope expecting what the policy says about this action.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiAction {

    ServiceAction value();

    /** A list: a refusal is the table missing from it, not an error. */
    boolean list() default false;
}
