package cn.perftarget.ui.findings;

import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.Fix;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Severity;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * 审核提示: the findings of a table, most severe first; each jumps to its field or row and, where the table can be
 * changed and the rule offers one, carries its one-click fix. The editor shows the table as it stands on the screen
 * (with fixes); the review screen the table under review (without). Ids: {@code findings} (the review screen sets
 * its own), {@code findings-summary}.
 */
public final class FindingsPanel extends VerticalLayout {

    private final Span summary = new Span();
    private final Div list = new Div();
    private final Consumer<Location> jump;
    private final @Nullable Consumer<Fix> applyFix;
    private List<Finding> shown = List.of();

    /** @param applyFix applies a fix; null: the findings are shown without fixes (a table under review) */
    public FindingsPanel(Consumer<Location> jump, @Nullable Consumer<Fix> applyFix) {
        this.jump = jump;
        this.applyFix = applyFix;
        setId("findings");
        addClassName("findings-panel");
        setPadding(false);
        summary.setId("findings-summary");
        list.addClassName("findings-list");
        add(new H3(getTranslation("findings.title")), summary, list);
    }

    public void show(List<Finding> findings) {
        shown = findings.stream()
                .sorted(Comparator.comparing(Finding::severity))
                .toList();
        list.removeAll();
        shown.forEach(f -> list.add(new FindingItem(f, jump, applyFix)));
        summary.setText(
                shown.isEmpty()
                        ? getTranslation("findings.none")
                        : getTranslation(
                                "findings.summary",
                                count(Severity.ERROR),
                                count(Severity.WARNING),
                                count(Severity.INFO)));
    }

    /** The findings shown, in display order. */
    public List<Finding> findings() {
        return shown;
    }

    public long count(Severity severity) {
        return shown.stream().filter(f -> f.severity() == severity).count();
    }
}
