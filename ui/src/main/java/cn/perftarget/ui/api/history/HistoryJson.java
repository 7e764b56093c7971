package cn.perftarget.ui.api.history;

import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.revision.CellChange;
import cn.perftarget.domain.revision.FieldChange;
import cn.perftarget.domain.revision.RevisionDiff;
import cn.perftarget.domain.revision.RowChange;
import cn.perftarget.ui.api.FieldNames;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON forms of a table's history. */
final class HistoryJson {

    private HistoryJson() {}

    /** One entry of the table's audit history (append-only, hash-chained). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "AuditEntry", description = "审计记录 / an audit entry")
    record Entry(
            @Schema(description = "序号，从 1 起 / number, from 1")
            int seq,

            @Schema(description = "操作人用户名 / who") String actor,
            @Schema(description = "操作人姓名 / their name") String actorName,
            @Schema(description = "操作人角色 / in which role") String actorRole,
            Instant at,

            @Schema(description = "动作 / action", example = "SUBMIT")
            String action,

            @Nullable String fromStatus,
            @Nullable String toStatus,

            @Schema(description = "意见或说明 / comment") @Nullable
            String comment,

            @Nullable Long revisionId,

            @Schema(description = "本条的哈希 / the entry's hash")
            String hash) {

        static Entry of(AuditEntry e, String name) {
            return new Entry(
                    e.seq(),
                    e.actor(),
                    name,
                    e.actorRole(),
                    e.at(),
                    e.action().name(),
                    e.fromState() == null ? null : e.fromState().name(),
                    e.toState() == null ? null : e.toState().name(),
                    e.comment(),
                    e.revisionId(),
                    e.hash());
        }
    }

    /** What changed from one revision to another. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "RevisionDiff", description = "两个版本之间的变化 / what changed between two revisions")
    record Diff(long from, long to, List<Field> fields, List<Row> rows) {

        static Diff of(long from, long to, RevisionDiff diff) {
            return new Diff(
                    from,
                    to,
                    diff.fields().stream().map(Field::of).toList(),
                    diff.rows().stream().map(Row::of).toList());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "FieldChange")
    record Field(
            @Schema(description = "字段（JSON 名） / field", example = "budget_amount")
            String field,

            String before,
            String after) {

        static Field of(FieldChange c) {
            return new Field(FieldNames.of(c.field()), c.before(), c.after());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "RowChange")
    record Row(
            @Schema(description = "ADDED / REMOVED / CHANGED")
            String type,

            @Nullable Integer beforeRow,
            @Nullable Integer afterRow,
            List<Cell> cells) {

        static Row of(RowChange c) {
            return new Row(
                    c.type().name(),
                    c.beforeRow(),
                    c.afterRow(),
                    c.cells().stream().map(Cell::of).toList());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "CellChange")
    record Cell(String column, String before, String after) {

        static Cell of(CellChange c) {
            return new Cell(FieldNames.of(c.column()), c.before(), c.after());
        }
    }
}
