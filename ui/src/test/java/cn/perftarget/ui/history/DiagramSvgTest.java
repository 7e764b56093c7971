package cn.perftarget.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.read.RoundProgress;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The approval process drawn from its BPMN diagram information, with the progress of a round highlighted. */
class DiagramSvgTest {

    private final ProcessDiagram diagram = ProcessDiagram.targetApproval();

    @Test
    void everyShapeAndEdgeOfTheModelIsDrawn() {
        assertThat(diagram.shapes())
                .extracting(ProcessDiagram.Shape::elementId)
                .contains(
                        "submitted",
                        "departmentReview",
                        "fiscalReview",
                        "unitConfirmation",
                        "revise",
                        "approved",
                        "rejected",
                        "departmentReviewDue",
                        "fiscalReviewWithdrawn");
        assertThat(diagram.shapes())
                .filteredOn(s -> s.elementId().equals("departmentReviewDue"))
                .extracting(ProcessDiagram.Shape::kind)
                .containsExactly(ProcessDiagram.Kind.TIMER_BOUNDARY);
        assertThat(diagram.shapes())
                .filteredOn(s -> s.elementId().equals("approved"))
                .extracting(ProcessDiagram.Shape::kind)
                .containsExactly(ProcessDiagram.Kind.END);
        String svg = DiagramSvg.render(diagram, RoundProgress.NONE);
        assertThat(count(svg, "<g class=\"node ")).isEqualTo(diagram.shapes().size());
        assertThat(count(svg, "<g class=\"edge\"")).isEqualTo(diagram.edges().size());
        assertThat(svg).startsWith("<svg ").endsWith("</svg>").contains(">财政审核<", ">主管部门审核<", ">已批复<");
    }

    @Test
    void finishedStepsAreGreenAndTheCurrentStepOrange() {
        String svg = DiagramSvg.render(
                diagram,
                new RoundProgress(
                        Set.of("submitted", "departmentReview", "departmentDecided"), Set.of("fiscalReview")));
        assertThat(svg)
                .contains("<g class=\"node finished\" data-element=\"departmentReview\">")
                .contains("<g class=\"node current\" data-element=\"fiscalReview\">")
                .contains("<g class=\"node pending\" data-element=\"unitConfirmation\">");
        Matcher current = Pattern.compile(
                        "data-element=\"fiscalReview\"><title>财政审核</title><rect [^>]*stroke=\"#e65100\"")
                .matcher(svg);
        assertThat(current.find()).isTrue();
    }

    @Test
    void everyNamedElementHasItsNameInBothLanguagesAndTheChineseIsTheModels() {
        Map<String, String> named = new TreeMap<>();
        diagram.shapes().stream().filter(s -> !s.name().isEmpty()).forEach(s -> named.put(s.elementId(), s.name()));
        diagram.edges().stream().filter(e -> !e.name().isEmpty()).forEach(e -> named.put(e.elementId(), e.name()));
        assertThat(named).hasSizeGreaterThan(30);
        named.forEach((id, name) -> {
            assertThat(TranslationProvider.BUNDLES.pattern(DiagramNames.key(id), TranslationProvider.CHINESE))
                    .as(id)
                    .contains(name);
            assertThat(TranslationProvider.BUNDLES.pattern(DiagramNames.key(id), TranslationProvider.ENGLISH))
                    .as(id)
                    .hasValueSatisfying(en -> assertThat(en).doesNotContainPattern("\\p{IsHan}"));
        });
    }

    @Test
    void englishNamesWrapBetweenWords() {
        assertThat(DiagramSvg.wrap("Remind the department reviewer", 120))
                .containsExactly("Remind the", "department", "reviewer");
        String svg = DiagramSvg.render(diagram.named((id, name) -> "Find the fiscal section"), RoundProgress.NONE);
        assertThat(svg).contains(">Find the<", ">fiscal<", ">section<").doesNotContain(">确定财政");
    }

    @Test
    void namesAreEscapedAndWrappedEvenly() {
        assertThat(DiagramSvg.escape("<a & \"b\">")).isEqualTo("&lt;a &amp; &quot;b&quot;&gt;");
        assertThat(DiagramSvg.wrap("确定财政审核科室", 90)).containsExactly("确定财政", "审核科室");
        assertThat(DiagramSvg.wrap("财政审核", 90)).containsExactly("财政审核");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
