/**
 * The size limits of every input of the services (入侵防范): pasted text, comments and reasons, the table's fields and
 * indicator rows; an input beyond its limit is refused before anything is read or stored, with a text saying which
 * limit.
 */
@NullMarked
package cn.perftarget.workflow.limits;

import org.jspecify.annotations.NullMarked;
