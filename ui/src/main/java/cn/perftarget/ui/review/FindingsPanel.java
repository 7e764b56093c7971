package cn.perftarget.ui.review;

import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.Severity;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/** The rule findings of the table under review, most severe first (their badges also sit on the sheet). */
class FindingsPanel extends Div {

    FindingsPanel(List<Finding> findings) {
        setId("review-findings");
        long errors = count(findings, Severity.ERROR);
        long warnings = count(findings, Severity.WARNING);
        long infos = count(findings, Severity.INFO);
        add(new H4(getTranslation("review.findings.title", errors, warnings, infos)));
        Div list = new Div();
        list.addClassName("findings-list");
        if (findings.isEmpty()) {
            list.add(new Span(getTranslation("review.findings.none")));
        }
        findings.stream()
                .sorted((a, b) -> Integer.compare(a.severity().ordinal(), b.severity().ordinal()))
                .forEach(f -> {
                    Span badge = new Span(f.ruleId() + " " + f.severity().label());
                    badge.addClassNames("finding-badge", "severity-" + f.severity().name().toLowerCase());
                    Div line = new Div(badge, new Span(" " + f.location().describe() + "：" + f.message()));
                    line.addClassName("finding");
                    list.add(line);
                });
        add(list);
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
