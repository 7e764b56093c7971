/**
 * The embedded PostgreSQL that starts when no database is configured, one server per JVM shared by every Spring
 * context.
 */
@NullMarked
package cn.perftarget.domain.db;

import org.jspecify.annotations.NullMarked;
