package cn.perftarget.domain.revision;

import cn.perftarget.domain.table.TargetTable;
import java.time.Instant;

/**
 * An immutable snapshot of a table (版本).
 *
 * @param revisionNo 1, 2, 3 … per table
 * @param createdBy  username of who froze it
 */
public record Revision(
        long id,
        long tableId,
        int revisionNo,
        RevisionKind kind,
        TargetTable snapshot,
        String createdBy,
        Instant createdAt) {}
