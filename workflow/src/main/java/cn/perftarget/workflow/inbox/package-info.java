/**
 * The inbox (待办箱) and table list queries: a user's tasks, their groups' claimable tasks and completed tasks,
 * counted and paged in a fixed number of SQL statements.
 */
@NullMarked
package cn.perftarget.workflow.inbox;

import org.jspecify.annotations.NullMarked;
