/**
 * The rules of the indicator rows' structure: the framework's 一级/二级 pairs (R13), required categories (R14),
 * template and placeholder rows (R15, R16), category fit (R17), duplicates (R18), name against description (R19)
 * and shifted rows (R20).
 */
@NullMarked
package cn.perftarget.domain.rules.indicator;

import org.jspecify.annotations.NullMarked;
