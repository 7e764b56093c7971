/**
 * The rule settings of each region (区划): stored, checked against the rules' declared parameters, and the validator
 * built from them.
 */
@NullMarked
package cn.perftarget.domain.rules.settings;

import org.jspecify.annotations.NullMarked;
