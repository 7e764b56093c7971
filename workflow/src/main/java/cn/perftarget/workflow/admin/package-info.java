/**
 * The 系统管理员's administration of a region: users (list, create, edit, reset, import) and the organisation (tree,
 * create, rename, move, deactivate, delete, responsible sections, import, export), each checked, scoped and logged.
 */
@NullMarked
package cn.perftarget.workflow.admin;

import org.jspecify.annotations.NullMarked;
