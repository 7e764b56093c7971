/**
 * The engine's read-only identity provider: Camunda's users and groups answered from our users and organisation,
 * and the webapps' authorizations.
 */
@NullMarked
package cn.perftarget.workflow.identity;

import org.jspecify.annotations.NullMarked;
