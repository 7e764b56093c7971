/**
 * The rules of the 资金支出计划: complete (R08), in percent (R09), never falling (R10), ending at 100% (R11) and
 * plausible (R12).
 */
@NullMarked
package cn.perftarget.domain.rules.plan;

import org.jspecify.annotations.NullMarked;
