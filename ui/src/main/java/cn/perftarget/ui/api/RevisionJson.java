package cn.perftarget.ui.api;

import cn.perftarget.domain.revision.Revision;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A frozen revision (版本) of a table; its content only when asked for one revision. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "Revision", description = "版本（不可变） / a frozen revision")
public record RevisionJson(
        long id,
        long tableId,
        @Schema(description = "版本号，从 1 起 / number, from 1") int revisionNo,

        @Schema(description = "DRAFT（提交时冻结）或 APPROVED（批复） / kind", example = "APPROVED")
        String kind,

        String createdBy,
        Instant createdAt,
        @Nullable TableContentJson content) {

    public static RevisionJson of(Revision r, boolean withContent) {
        return new RevisionJson(
                r.id(),
                r.tableId(),
                r.revisionNo(),
                r.kind().name(),
                r.createdBy(),
                r.createdAt(),
                withContent ? TableContentJson.of(r.snapshot()) : null);
    }
}
