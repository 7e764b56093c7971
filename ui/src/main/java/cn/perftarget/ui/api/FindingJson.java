package cn.perftarget.ui.api;

import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.Location;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One finding of the rules R01–R32, its text in the caller's language. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "Finding", description = "审核规则发现的问题 / a finding of the rules")
public record FindingJson(
        @Schema(description = "规则编号 / rule id", example = "R22")
        String ruleId,

        @Schema(description = "严重程度 / severity", example = "ERROR")
        String severity,

        @Schema(description = "说明（按 Accept-Language） / text in the caller's language")
        String message,

        @Schema(description = "说明的消息键（稳定） / the stable message key", example = "rule.R22.noUnit")
        String messageKey,

        @Schema(description = "位置 / where", example = "第3行指标·指标值")
        String location,

        @Schema(description = "字段（JSON 名） / the field (JSON name)", example = "ind_value") @Nullable
        String field,

        @Schema(description = "指标行（从 1 起） / indicator row (from 1)", example = "3") @Nullable
        Integer row,

        @Schema(description = "一键修正的说明 / the one-click fix, if any") @Nullable
        String fix) {

    public static FindingJson of(Finding f, Locale locale) {
        String field = null;
        Integer row = null;
        if (f.location() instanceof Location.Field l) {
            field = FieldNames.of(l.field());
        } else if (f.location() instanceof Location.Row r) {
            row = r.index() + 1;
            field = r.column() == null ? null : FieldNames.of(r.column());
        } else if (f.location() instanceof Location.Plan) {
            field = "plan";
        } else if (f.location() instanceof Location.Indicators) {
            field = "indicators";
        }
        return new FindingJson(
                f.ruleId(),
                f.severity().name(),
                ApiLanguage.render(f.message(), locale),
                f.message().key(),
                ApiLanguage.render(f.location().describe(), locale),
                field,
                row,
                f.fix() == null ? null : ApiLanguage.render(f.fix().label(), locale));
    }
}
