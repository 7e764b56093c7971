/**
 * The audit history of each target table (审批历史): append-only, hash-chained entries, their verification and bulk
 * hashing.
 */
@NullMarked
package cn.perftarget.domain.audit;

import org.jspecify.annotations.NullMarked;
