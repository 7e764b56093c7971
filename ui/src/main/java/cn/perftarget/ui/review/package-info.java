/**
 * 审核: the review screen, the table read-only with its findings and changes, pinned comments (批注), and the actions
 * of each review step.
 */
@NullMarked
package cn.perftarget.ui.review;

import org.jspecify.annotations.NullMarked;
