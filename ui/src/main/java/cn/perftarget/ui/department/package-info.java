/**
 * 部门整体绩效目标: the screen where a department reviewer edits or imports the department's part of a fiscal year and
 * anyone who may read it downloads the publication document (发布文档, Word or PDF); the read-only panel of the part
 * beside a table in the review.
 */
@NullMarked
package cn.perftarget.ui.department;

import org.jspecify.annotations.NullMarked;
