/**
 * The rules of the amounts: 预算数 present (R07), 财政资金 + 其他资金 = 预算数 (R05), the amounts the 资金用途 quotes (R06) and a
 * 资金用途 copied from another project (R04).
 */
@NullMarked
package cn.perftarget.domain.rules.funds;

import org.jspecify.annotations.NullMarked;
