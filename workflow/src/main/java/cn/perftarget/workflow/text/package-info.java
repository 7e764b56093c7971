/**
 * The workflow's texts: its bundle, then the domain's, rendered in the reader's language.
 */
@NullMarked
package cn.perftarget.workflow.text;

import org.jspecify.annotations.NullMarked;
