package cn.perftarget.ui.print;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.history.HistoryView;
import cn.perftarget.ui.review.ReviewView;
import cn.perftarget.ui.review.Tables;
import cn.perftarget.ui.tables.NoAccessView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 打印: the table in the published layout with a 打印 button, reached from the review and history screens; a table
 * outside the user's scope is 内容不存在或无权访问.
 */
class PrintKaribuTest extends KaribuTest {

    Tables tables;

    @BeforeEach
    void fixtures() {
        tables = create(Tables.class);
    }

    @Test
    void theReviewLinksToThePrintLayoutOfTheTable() {
        var content = Tables.clean();
        long id = tables.atDepartmentReview(content);
        login("bumen");
        navigate("review/" + id, ReviewView.class);

        _click(_get(Button.class, s -> s.withId("review-print")));

        assertThat(currentView()).isInstanceOf(PrintView.class);
        String sheet =
                _get(Div.class, s -> s.withId("print-sheet")).getElement().getProperty("innerHTML");
        assertThat(sheet)
                .startsWith("<h3 class=\"target-title\">1." + content.projectName() + "绩效目标表</h3>")
                .contains(
                        content.projectCode(),
                        "单位：万元",
                        "一级指标",
                        content.indicators().get(0).valueText());
        assertThat(_get(Button.class, s -> s.withId("print-button")).getText()).isEqualTo("打印");

        navigate("history/" + id, HistoryView.class);
        _click(_get(Button.class, s -> s.withId("history-print")));
        assertThat(currentView()).isInstanceOf(PrintView.class);
    }

    @Test
    void aTableOutsideTheScopeIsNotPrinted() {
        long id = tables.drafted(Tables.clean());
        login("lunan"); // 438001, another region
        UI.getCurrent().navigate("print/" + id);
        assertThat(currentView()).isInstanceOf(NoAccessView.class);
        assertThat(_get(H2.class, s -> s.withId("no-access-title")).getText()).isEqualTo("内容不存在或无权访问");
    }
}
