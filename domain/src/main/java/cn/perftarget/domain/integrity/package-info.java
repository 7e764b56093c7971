/**
 * The integrity of the audit (数据完整性): every chain — each table's audit history, the security log — verified
 * against its keyed hashes and against the anchors, keyed digests of all chain heads kept at each check, so that a
 * chain removed whole is found too; at start and on a schedule, one node of a cluster at a time; the result goes to
 * the security log (the 审计管理员 reads it there) and to the health endpoint.
 */
@NullMarked
package cn.perftarget.domain.integrity;

import org.jspecify.annotations.NullMarked;
