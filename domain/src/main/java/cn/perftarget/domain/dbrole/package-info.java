/**
 * The database roles: after every migration the application role gets its rights (data only; on the audit tables
 * only INSERT and SELECT), and the application refuses to run as a role that could change the audit.
 */
@NullMarked
package cn.perftarget.domain.dbrole;

import org.jspecify.annotations.NullMarked;
