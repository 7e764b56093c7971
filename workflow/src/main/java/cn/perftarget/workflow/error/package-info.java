/**
 * The refusals of the workflow's services, each with a text for the user: not found, not allowed, conflict, invalid
 * input, validation failed.
 */
@NullMarked
package cn.perftarget.workflow.error;

import org.jspecify.annotations.NullMarked;
