/**
 * Every read of tables for the screens, within the user's scope: one table, its review subject, history, round
 * progress and the organisations in scope.
 */
@NullMarked
package cn.perftarget.workflow.read;

import org.jspecify.annotations.NullMarked;
