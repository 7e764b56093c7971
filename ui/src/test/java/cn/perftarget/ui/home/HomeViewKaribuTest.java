package cn.perftarget.ui.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.ui.KaribuTest;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;

/** The Karibu base works: a signed-in drafter is greeted by name on the home view. */
class HomeViewKaribuTest extends KaribuTest {

    @Test
    void greetsTheSignedInDrafter() {
        login("bianzhi");
        navigate("", HomeView.class);
        assertThat(_get(H2.class, s -> s.withId("greeting")).getText()).contains("王编制");
    }
}
