/**
 * Validation itself: the catalog of all rules, the validator of a region, documents validated as a whole, finding
 * summaries and the grade suggested from the findings.
 */
@NullMarked
package cn.perftarget.domain.rules.validation;

import org.jspecify.annotations.NullMarked;
