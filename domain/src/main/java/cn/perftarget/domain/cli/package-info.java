/**
 * The domain's command line ({@code import}, {@code validate}, {@code summary}, {@code rules-doc}): checks
 * published documents without the app, in Chinese or English.
 */
@NullMarked
package cn.perftarget.domain.cli;

import org.jspecify.annotations.NullMarked;
