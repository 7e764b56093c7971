/**
 * Tables and lists out as files: one table as .docx, .pdf or .xlsx in the published layout (its current content or a
 * chosen revision, each export written to the table's audit and to the security log), lists and findings as .xlsx —
 * every read scoped like the screen the user exports from.
 */
@NullMarked
package cn.perftarget.workflow.export;

import org.jspecify.annotations.NullMarked;
