/**
 * 粘贴导入: the dialog where a drafter pastes tables from Word or PDF, sees what was recognised, and accepts.
 */
@NullMarked
package cn.perftarget.ui.importing;

import org.jspecify.annotations.NullMarked;
