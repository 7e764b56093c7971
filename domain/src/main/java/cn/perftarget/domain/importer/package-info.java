/**
 * The paste importer: reads the 绩效目标表 and the 部门整体绩效目标 out of text copied from a published document in Word or PDF,
 * cells as written, and reports what it could not read.
 */
@NullMarked
package cn.perftarget.domain.importer;

import org.jspecify.annotations.NullMarked;
