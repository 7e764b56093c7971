/**
 * 北京时间, the time zone of every date the system works with.
 */
@NullMarked
package cn.perftarget.domain.time;

import org.jspecify.annotations.NullMarked;
