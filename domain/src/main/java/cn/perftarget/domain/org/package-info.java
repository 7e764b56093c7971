/**
 * The organisation: fiscal bureaus, their sections (财政审核科室), departments (主管部门) and units (单位), and which section
 * reviews which department.
 */
@NullMarked
package cn.perftarget.domain.org;

import org.jspecify.annotations.NullMarked;
