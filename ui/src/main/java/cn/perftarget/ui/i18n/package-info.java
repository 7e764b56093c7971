/**
 * The screens' languages: the translation provider over every module's bundles, Chinese by default, and the switch
 * to English.
 */
@NullMarked
package cn.perftarget.ui.i18n;

import org.jspecify.annotations.NullMarked;
