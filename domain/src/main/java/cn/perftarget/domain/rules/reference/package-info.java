/**
 * The rules reference page ({@code docs/rules.md}), generated from the rule classes and the domain bundle.
 */
@NullMarked
package cn.perftarget.domain.rules.reference;

import org.jspecify.annotations.NullMarked;
