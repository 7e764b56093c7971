package cn.perftarget.domain.table;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A target table as stored: its current content and where it stands.
 *
 * @param id                 database id
 * @param unitId             the 单位 (organisation id) the table belongs to
 * @param fiscalYear         年度 the table is filed for
 * @param status             workflow state
 * @param adjusting          调整 under way: an approved table reopened by its unit; {@code approvedRevisionId}
 *                           stays in force until the adjustment is approved
 * @param content            the current table (the working copy the drafter edits)
 * @param approvedRevisionId the 批复 revision in force, null before the first approval
 * @param createdAt          when the table was created
 * @param updatedAt          when the row last changed
 * @param submittedAt        when it was last submitted, null if never
 * @param version            optimistic lock: the version the caller read
 */
public record StoredTable(
        long id,
        long unitId,
        int fiscalYear,
        TableStatus status,
        boolean adjusting,
        TargetTable content,
        @Nullable Long approvedRevisionId,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant submittedAt,
        int version) {

    public StoredTable {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
    }

    public StoredTable withContent(TargetTable newContent) {
        return new StoredTable(
                id,
                unitId,
                fiscalYear,
                status,
                adjusting,
                newContent,
                approvedRevisionId,
                createdAt,
                updatedAt,
                submittedAt,
                version);
    }

    public StoredTable withStatus(TableStatus newStatus) {
        return new StoredTable(
                id,
                unitId,
                fiscalYear,
                newStatus,
                adjusting,
                content,
                approvedRevisionId,
                createdAt,
                updatedAt,
                submittedAt,
                version);
    }

    public StoredTable withAdjusting(boolean newAdjusting) {
        return new StoredTable(
                id,
                unitId,
                fiscalYear,
                status,
                newAdjusting,
                content,
                approvedRevisionId,
                createdAt,
                updatedAt,
                submittedAt,
                version);
    }

    public StoredTable withApprovedRevisionId(Long revisionId) {
        return new StoredTable(
                id,
                unitId,
                fiscalYear,
                status,
                adjusting,
                content,
                revisionId,
                createdAt,
                updatedAt,
                submittedAt,
                version);
    }

    public StoredTable withSubmittedAt(Instant at) {
        return new StoredTable(
                id,
                unitId,
                fiscalYear,
                status,
                adjusting,
                content,
                approvedRevisionId,
                createdAt,
                updatedAt,
                at,
                version);
    }

    public StoredTable withUnitAndYear(long newUnitId, int newFiscalYear) {
        return new StoredTable(
                id,
                newUnitId,
                newFiscalYear,
                status,
                adjusting,
                content,
                approvedRevisionId,
                createdAt,
                updatedAt,
                submittedAt,
                version);
    }
}
