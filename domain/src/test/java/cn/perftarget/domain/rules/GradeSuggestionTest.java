package cn.perftarget.domain.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The grade suggested from the findings. */
class GradeSuggestionTest {

    private static Finding finding(String rule, Severity severity) {
        return new Finding(rule, severity, "测试", Location.field(TableField.GOALS), null);
    }

    @Test
    void noFindingsIsExcellent() {
        GradeSuggestion g = GradeSuggestion.from(List.of());
        assertThat(g.grade()).isEqualTo(SuggestedGrade.EXCELLENT);
        assertThat(g.grade().label()).isEqualTo("优");
    }

    @Test
    void onlyInfoOrTextLevelWarningsIsGood() {
        assertThat(GradeSuggestion.from(List.of(finding("R15", Severity.INFO))).grade()).isEqualTo(SuggestedGrade.GOOD);
        GradeSuggestion g = GradeSuggestion.from(List.of(finding("R19", Severity.WARNING), finding("R32", Severity.INFO),
                finding("R02", Severity.WARNING), finding("R29", Severity.INFO)));
        assertThat(g.grade()).isEqualTo(SuggestedGrade.GOOD);
        assertThat(g.reasons()).anyMatch(r -> r.startsWith("R19 名称与描述无关：警告1项"));
    }

    @Test
    void otherWarningsOrAnyErrorIsFair() {
        GradeSuggestion g = GradeSuggestion.from(List.of(finding("R19", Severity.WARNING), finding("R27", Severity.WARNING)));
        assertThat(g.grade()).isEqualTo(SuggestedGrade.FAIR);
        assertThat(g.reasons()).anyMatch(r -> r.startsWith("R27")).noneMatch(r -> r.startsWith("R19"));
        assertThat(GradeSuggestion.from(List.of(finding("R29", Severity.ERROR))).grade()).isEqualTo(SuggestedGrade.FAIR);
    }

    @Test
    void seedTablesAreAllReturned() {
        // every published seed table has at least one ERROR or substantive WARNING
        for (String prefix : List.of("000", "001", "002", "004")) {
            for (var t : Seeds.doc(prefix).tables()) {
                assertThat(GradeSuggestion.from(Seeds.findings(prefix, t)).grade()).isEqualTo(SuggestedGrade.FAIR);
            }
        }
    }
}
