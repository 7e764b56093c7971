/** How the services' transactions run: a transaction that PostgreSQL ended as a deadlock is run again. */
@NullMarked
package cn.perftarget.workflow.transaction;

import org.jspecify.annotations.NullMarked;
