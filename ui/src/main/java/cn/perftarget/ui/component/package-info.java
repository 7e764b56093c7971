/**
 * Small components several screens share: short notices and the status badge.
 */
@NullMarked
package cn.perftarget.ui.component;

import org.jspecify.annotations.NullMarked;
