/**
 * Users who log in, their roles (编制人, 主管部门审核人, 财政审核人, 查阅, 管理员), BCrypt passwords and the first administrator of a
 * fresh database.
 */
@NullMarked
package cn.perftarget.domain.user;

import org.jspecify.annotations.NullMarked;
