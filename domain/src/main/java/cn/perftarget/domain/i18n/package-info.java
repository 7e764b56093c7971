/**
 * Texts for people not yet in a language ({@code Message}, {@code Labelled}) and the bundles that render them in
 * Chinese or English.
 */
@NullMarked
package cn.perftarget.domain.i18n;

import org.jspecify.annotations.NullMarked;
