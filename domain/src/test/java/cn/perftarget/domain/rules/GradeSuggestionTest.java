package cn.perftarget.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.rules.validation.GradeSuggestion;
import cn.perftarget.domain.rules.validation.SuggestedGrade;
import cn.perftarget.domain.table.TableField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grade suggested from the findings. */
class GradeSuggestionTest {

    private static Finding finding(String rule, Severity severity) {
        return new Finding(rule, severity, Message.of("rule.R01.blank"), Location.field(TableField.GOALS), null);
    }

    @Test
    void noFindingsIsExcellent() {
        GradeSuggestion g = GradeSuggestion.from(List.of());
        assertThat(g.grade()).isEqualTo(SuggestedGrade.EXCELLENT);
        assertThat(Seeds.zh(g.grade().label())).isEqualTo("优");
        assertThat(g.reasons()).extracting(Seeds::zh).containsExactly("未发现问题（优）");
    }

    @Test
    void onlyInfoOrTextLevelWarningsIsGood() {
        assertThat(GradeSuggestion.from(List.of(finding("R15", Severity.INFO))).grade())
                .isEqualTo(SuggestedGrade.GOOD);
        GradeSuggestion g = GradeSuggestion.from(List.of(
                finding("R19", Severity.WARNING),
                finding("R32", Severity.INFO),
                finding("R02", Severity.WARNING),
                finding("R29", Severity.INFO)));
        assertThat(g.grade()).isEqualTo(SuggestedGrade.GOOD);
        assertThat(g.reasons()).extracting(Seeds::zh).first().isEqualTo("可由审核人协商修改（良）");
        assertThat(g.reasons()).extracting(Seeds::zh).contains("R19 名称与描述无关：警告1项", "R32 文字规范：提示1项", "R29 指标值确定依据：提示1项");
    }

    @Test
    void otherWarningsOrAnyErrorIsFair() {
        GradeSuggestion g =
                GradeSuggestion.from(List.of(finding("R19", Severity.WARNING), finding("R27", Severity.WARNING)));
        assertThat(g.grade()).isEqualTo(SuggestedGrade.FAIR);
        assertThat(g.reasons())
                .extracting(Seeds::zh)
                .anyMatch(r -> r.startsWith("R27"))
                .noneMatch(r -> r.startsWith("R19"));
        GradeSuggestion mixed = GradeSuggestion.from(List.of(
                finding("R22", Severity.ERROR), finding("R22", Severity.WARNING), finding("R22", Severity.WARNING)));
        assertThat(mixed.reasons()).extracting(Seeds::zh).containsExactly("建议退回修改（中）", "R22 缺少计量单位：错误1项，警告2项");
        assertThat(mixed.reasons())
                .extracting(r -> MessageBundles.domain().render(r, MessageBundles.ENGLISH))
                .containsExactly(
                        "Return for revision suggested (Fair)", "R22 Unit of measure missing: 1 error, 2 warnings");
        assertThat(GradeSuggestion.from(List.of(finding("R29", Severity.ERROR))).grade())
                .isEqualTo(SuggestedGrade.FAIR);
    }

    @Test
    void seedTablesAreAllReturned() {
        // every published seed table has at least one ERROR or substantive WARNING
        for (String prefix : List.of("000", "001", "002", "004")) {
            for (var t : Seeds.doc(prefix).tables()) {
                assertThat(GradeSuggestion.from(Seeds.findings(prefix, t)).grade())
                        .isEqualTo(SuggestedGrade.FAIR);
            }
        }
    }
}
