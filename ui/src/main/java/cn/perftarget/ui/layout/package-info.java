/**
 * The frame of every screen: the menu, who is signed in, the language switch, the notification bell and logout.
 */
@NullMarked
package cn.perftarget.ui.layout;

import org.jspecify.annotations.NullMarked;
