/**
 * 历史: a table's audit timeline beside the process diagram of its round, and its revisions.
 */
@NullMarked
package cn.perftarget.ui.history;

import org.jspecify.annotations.NullMarked;
