/**
 * Who may see and do what: a user's scope of units, their Camunda groups, accounts, and separation of duties
 * (不相容职责分离).
 */
@NullMarked
package cn.perftarget.workflow.access;

import org.jspecify.annotations.NullMarked;
