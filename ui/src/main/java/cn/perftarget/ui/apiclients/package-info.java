/** API 客户端 (系统管理员) and 个人 API 令牌 (people with a table role): creating, rotating and revoking tokens. */
@NullMarked
package cn.perftarget.ui.apiclients;

import org.jspecify.annotations.NullMarked;
