package cn.perftarget.ui.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.findings.FindingItem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The review screen in English: the sheet's field and column names, the findings (their places, messages and
 * badges), the suggested grade with its reasons and the grades to choose are English; only the table's own data
 * stays Chinese.
 */
class ReviewInEnglishKaribuTest extends KaribuTest {

    Tables tables;

    @BeforeEach
    void fixtures() {
        tables = create(Tables.class);
    }

    @Test
    void theFiscalReviewerReadsTheTableAndItsFindingsInEnglish() {
        long id = tables.atFiscalReview(Tables.clean());
        login("caizheng");
        UI.getCurrent().setLocale(MessageBundles.ENGLISH);
        navigate("review/" + id, ReviewView.class);

        List<String> headers = _find(NativeTableHeaderCell.class).stream()
                .map(NativeTableHeaderCell::getText)
                .toList();
        assertThat(headers)
                .contains(
                        "Project name",
                        "Budget (10,000 yuan)",
                        "Spending plan, end of December",
                        "Performance goals",
                        "Level-3 indicator",
                        "Target value",
                        "Basis for the target value");
        assertThat(headers).noneMatch(h -> h.matches(".*\\p{IsHan}.*"));

        assertThat(_get(Span.class, s -> s.withId("grade-suggested")).getText()).isEqualTo("Suggested grade: Fair");
        List<String> reasons = _find(_get(UnorderedList.class, s -> s.withId("grade-reasons")), ListItem.class).stream()
                .map(ListItem::getText)
                .toList();
        assertThat(reasons.get(0)).isEqualTo("Return for revision suggested (Fair)");
        assertThat(reasons).allMatch(r -> !r.matches(".*\\p{IsHan}.*"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> grade = _get(RadioButtonGroup.class, s -> s.withId("review-grade"));
        assertThat(grade.getItemLabelGenerator().apply(cn.perftarget.bpmn.Grade.POOR))
                .isEqualTo("Poor (not funded)");

        List<FindingItem> items = _find(
                _get(com.vaadin.flow.component.Component.class, s -> s.withId("review-findings")), FindingItem.class);
        assertThat(items).isNotEmpty();
        for (FindingItem item : items) {
            Finding f = item.finding();
            assertThat(_get(item, Div.class, s -> s.withClasses("finding-message"))
                            .getText())
                    .isEqualTo(MessageBundles.domain().render(f.message(), MessageBundles.ENGLISH));
            assertThat(_get(item, Button.class, s -> s.withClasses("finding-jump"))
                            .getText())
                    .isEqualTo(MessageBundles.domain().render(f.location().describe(), MessageBundles.ENGLISH))
                    .doesNotContainPattern("\\p{IsHan}");
            assertThat(_find(item, Button.class, s -> s.withClasses("finding-fix")))
                    .as("no fixes under review")
                    .isEmpty();
        }
        _click(_get(items.get(0), Button.class, s -> s.withClasses("finding-jump")));
        assertThat(_find(Span.class, s -> s.withClasses("finding-badge")).stream()
                        .map(Span::getText))
                .isNotEmpty()
                .allMatch(b -> b.matches("R\\d\\d (Error|Warning|Hint)"));
    }
}
