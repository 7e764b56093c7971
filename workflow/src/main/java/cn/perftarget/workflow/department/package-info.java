/**
 * 部门整体绩效目标 and the department's publication document: reading a department's part of a fiscal year (its
 * reviewers, the drafters of its units, the fiscal reviewers of the section responsible for it, the auditors of its
 * region; anyone else is told it does not exist), saving it (only its department reviewers; optimistic, each change
 * recorded), importing it from a pasted text or an Office file (read before the transaction), and the publication
 * document (部门预算绩效信息: the part first, then the 批复 revision of every approved table of its units, numbered)
 * as .docx or .pdf, each export written to the security log and to every included table's audit history.
 */
@NullMarked
package cn.perftarget.workflow.department;

import org.jspecify.annotations.NullMarked;
