package cn.perftarget.ui.i18n;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every text a user can read on the current screen: the text of every element, the labels, placeholders, helper and
 * error texts, titles and tooltips, dialog and confirm-dialog texts, grid headers and the grid rows as they are
 * shown, open notifications, the page title and the text inside server-drawn SVG. Not a screenshot: what the
 * server sends to be shown.
 */
final class ScreenText {

    /** Properties and attributes that hold a text for people. */
    private static final List<String> TEXT_PROPERTIES = List.of(
            "label",
            "placeholder",
            "helperText",
            "errorMessage",
            "title",
            "header",
            "headerTitle",
            "message",
            "confirmText",
            "cancelText",
            "rejectText",
            "text",
            "emptyStateText",
            "accessibleName");

    private static final List<String> TEXT_ATTRIBUTES = List.of("title", "aria-label", "placeholder", "label");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");
    /** The language switch names the other language in that language (中文 in the English UI), as it should. */
    private static final String LANGUAGE_SWITCH = "language-switch";

    private final List<String> texts = new ArrayList<>();

    private ScreenText() {}

    /** What the current UI shows, open dialogs and notifications included. */
    static ScreenText ofCurrentUi() {
        ScreenText screen = new ScreenText();
        UI ui = UI.getCurrent();
        screen.collect(ui);
        ui.getInternals().getActiveRouterTargetsChain().stream()
                .filter(t -> t instanceof com.vaadin.flow.router.HasDynamicTitle)
                .map(t -> ((com.vaadin.flow.router.HasDynamicTitle) t).getPageTitle())
                .forEach(screen::add);
        for (Notification n : NotificationsKt.getNotifications()) {
            screen.collect(n);
        }
        return screen;
    }

    List<String> texts() {
        return texts;
    }

    /** The runs of Chinese characters in the texts that {@code data} does not contain, with the text each is in. */
    List<String> chineseOutside(DataCorpus data) {
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            Matcher m = HAN_RUN.matcher(text);
            while (m.find()) {
                if (!data.contains(m.group())) {
                    found.add(m.group() + "  in  " + text);
                }
            }
        }
        return found;
    }

    /** A component, the elements it is made of, and the components inside it (as the UI holds them). */
    private void collect(Component component) {
        if (component.getId().filter(LANGUAGE_SWITCH::equals).isPresent()) {
            return;
        }
        collect(component.getElement(), true);
        componentTexts(component);
        component.getChildren().forEach(this::collect);
    }

    /** An element's texts and those of the plain elements under it; the components under it come on their own. */
    private void collect(Element element, boolean own) {
        if (!own && element.getComponent().isPresent()) {
            return;
        }
        add(element.getText());
        for (String p : TEXT_PROPERTIES) {
            Object value = element.getPropertyRaw(p);
            if (value instanceof String s) {
                add(s);
            }
        }
        for (String a : TEXT_ATTRIBUTES) {
            add(element.getAttribute(a));
        }
        Object html = element.getPropertyRaw("innerHTML");
        if (html instanceof String s) {
            add(TAG.matcher(s).replaceAll(" "));
        }
        element.getChildren().forEach(child -> collect(child, false));
    }

    private void componentTexts(Component component) {
        if (component instanceof Grid<?> grid) {
            grid.getColumns().forEach(c -> add(c.getHeaderText()));
            int rows = Math.min(GridKt._size(grid), 30);
            for (int i = 0; i < rows; i++) {
                GridKt._getFormattedRow(grid, i).forEach(this::add);
            }
            add(grid.getEmptyStateText());
        }
    }

    private void add(String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
    }
}
