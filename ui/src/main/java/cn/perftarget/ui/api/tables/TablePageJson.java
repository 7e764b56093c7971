package cn.perftarget.ui.api.tables;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of tables, in a stable order (the sort, then id). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "TablePage")
public record TablePageJson(List<TableRowJson> items, long total, int offset, int limit) {}
