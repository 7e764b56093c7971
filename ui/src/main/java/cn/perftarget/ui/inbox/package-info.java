/**
 * 待办: the inbox screen with its tabs, filters and paged grid, claiming and 批量通过.
 */
@NullMarked
package cn.perftarget.ui.inbox;

import org.jspecify.annotations.NullMarked;
