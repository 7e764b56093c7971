/**
 * How the screens show times, amounts and the workflow's audit notes in the reader's language.
 */
@NullMarked
package cn.perftarget.ui.format;

import org.jspecify.annotations.NullMarked;
