package cn.perftarget.workflow.overview;

import java.math.BigDecimal;

/**
 * A project of a round's budget, as the 一体化 project library lists it.
 *
 * @param projectCode 项目编码
 * @param projectName 项目名称
 * @param unitCode    the unit's (预算单位) code
 * @param amount      金额 in 万元, as 预算数 of a table
 */
public record BudgetProject(String projectCode, String projectName, String unitCode, BigDecimal amount) {}
