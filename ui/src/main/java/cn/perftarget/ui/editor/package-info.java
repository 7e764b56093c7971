/**
 * 编制, the editor of one table: every section as form fields, live findings, saving drafts (by hand and
 * automatically) and submitting.
 */
@NullMarked
package cn.perftarget.ui.editor;

import org.jspecify.annotations.NullMarked;
