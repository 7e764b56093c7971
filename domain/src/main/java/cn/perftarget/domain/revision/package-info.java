/**
 * Revisions (版本): immutable snapshots of a table and what changed between two of them, header fields and indicator
 * rows.
 */
@NullMarked
package cn.perftarget.domain.revision;

import org.jspecify.annotations.NullMarked;
