package cn.perftarget.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.tables.NoAccessView;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A table id of another unit, or none at all, shows 内容不存在或无权访问 and never the table. */
class NoAccessKaribuTest extends KaribuTest {

    @Autowired
    TargetTableRepository tables;

    @Test
    void anotherUnitsTableIsNotShown() {
        login("bianzhi"); // 442001
        long other = tables.findByYearAndCode(2020, "130311219Q3XT3A39F26U")
                .orElseThrow()
                .id(); // 442003 专项邮电费

        UI_navigate("tables/" + other + "/edit");

        assertThat(currentView()).isInstanceOf(NoAccessView.class);
        assertThat(_get(H2.class, s -> s.withId("no-access-title")).getText()).isEqualTo("内容不存在或无权访问");
        _assertNone(TableEditor.class);
    }

    @Test
    void anUnknownIdLooksTheSame() {
        login("bianzhi");
        UI_navigate("tables/987654321/edit");
        assertThat(currentView()).isInstanceOf(NoAccessView.class);
        UI_navigate("tables/abc/edit");
        assertThat(currentView()).isInstanceOf(NoAccessView.class);
    }

    @Test
    void theOwnUnitsTableOpens() {
        login("bianzhi2"); // 442003
        long own = tables.findByYearAndCode(2020, "130311219Q3XT3A39F26U")
                .orElseThrow()
                .id();
        UI_navigate("tables/" + own + "/edit");
        assertThat(currentView()).isInstanceOf(TableEditorView.class);
        assertThat(((TableEditorView) currentView()).editor().form().value().projectName())
                .isEqualTo("专项邮电费");
    }

    private static void UI_navigate(String location) {
        com.vaadin.flow.component.UI.getCurrent().navigate(location);
    }
}
