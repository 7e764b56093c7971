/**
 * Text helpers the rules share: goal items, keyword search, amounts in 万元, the amounts a 资金用途 quotes, and
 * comparison keys.
 */
@NullMarked
package cn.perftarget.domain.rules.text;

import org.jspecify.annotations.NullMarked;
