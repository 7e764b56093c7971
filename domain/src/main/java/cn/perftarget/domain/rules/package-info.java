/**
 * The rule API of the pre-review checks R01–R32: a rule, its findings, locations and one-click fixes, its
 * parameters and a region's settings, and the facts of the table under validation.
 */
@NullMarked
package cn.perftarget.domain.rules;

import org.jspecify.annotations.NullMarked;
