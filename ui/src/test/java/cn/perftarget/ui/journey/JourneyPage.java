package cn.perftarget.ui.journey;

import cn.perftarget.ui.browser.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The few gestures the main journey needs on Vaadin components, by the ids the screens give them. */
final class JourneyPage {

    /** The open buttons of the inbox rows the grid draws after the last search (see {@link #searchInbox}). */
    private static final String FRESH_OPEN_BUTTONS = "#inbox-grid vaadin-button[id^='open-']:not([data-before-search])";

    private final Browser browser;

    JourneyPage(Browser browser) {
        this.browser = browser;
    }

    Browser browser() {
        return browser;
    }

    void login(String username) {
        browser.login(username, "demo123");
        browser.find(By.id("current-user"));
    }

    void logout() {
        click("logout");
        browser.find(By.cssSelector("vaadin-login-form"));
    }

    void open(String path) {
        browser.open(path);
    }

    WebElement byId(String id) {
        return browser.find(By.id(id));
    }

    void click(String id) {
        WebElement e = byId(id);
        browser.waitFor(d -> e.isDisplayed() && e.getAttribute("disabled") == null ? true : null);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    /** Replaces the text of a vaadin-text-field or -text-area as a user would type it. */
    void type(String id, String text) {
        type(byId(id), text);
    }

    void type(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** Puts a long text (tabs and line breaks kept) into a text area, as a paste would. */
    void paste(String id, String text) {
        WebElement field = byId(id);
        browser.script(
                "const f = arguments[0]; f.value = arguments[1];"
                        + "f.dispatchEvent(new Event('input', {bubbles: true}));"
                        + "f.dispatchEvent(new Event('change', {bubbles: true}));",
                field,
                text);
    }

    /** Waits until no element with the id is on the screen any more (e.g. a dialog that closes itself). */
    void waitUntilGone(String id) {
        browser.waitFor(d -> {
            try {
                return d.findElements(By.id(id)).stream().noneMatch(WebElement::isDisplayed) ? true : null;
            } catch (org.openqa.selenium.StaleElementReferenceException removedMeanwhile) {
                return null;
            }
        });
    }

    /** Clicks the first element matching the CSS selector, also inside shadow roots (dialog overlays). */
    void clickDeep(String css) {
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script("""
                const deep = (root, sel) => {
                  const hit = root.querySelector(sel);
                  if (hit) return hit;
                  for (const el of root.querySelectorAll('*')) {
                    if (el.shadowRoot) { const x = deep(el.shadowRoot, sel); if (x) return x; }
                  }
                  return null;
                };
                const el = deep(document, arguments[0]);
                if (!el) return false;
                el.click();
                return true;""", css)) ? true : null);
    }

    void scrollTo(String id) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", byId(id));
    }

    String text(String id) {
        return byId(id).getText();
    }

    /** Waits until the element's text contains the part. */
    void waitForText(String id, String part) {
        browser.waitFor(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            return !found.isEmpty() && found.get(0).getText().contains(part) ? true : null;
        });
    }

    void waitForPage(String pathPart) {
        browser.waitFor(d -> d.getCurrentUrl().contains(pathPart) ? true : null);
    }

    void waitForPageEnd(String path) {
        browser.waitFor(d -> d.getCurrentUrl().replaceAll("[?#].*$", "").endsWith(path) ? true : null);
    }

    /** Selects the radio button of a vaadin-radio-group whose label starts with the text. */
    void choose(String groupId, String labelStart) {
        byId(groupId);
        browser.script(
                "const g = document.getElementById(arguments[0]);"
                        + "const b = [...g.querySelectorAll('vaadin-radio-button')]"
                        + ".find(r => r.textContent.trim().startsWith(arguments[1]));"
                        + "b.querySelector('input').click();",
                groupId,
                labelStart);
    }

    /**
     * Pastes a project code into the inbox search and waits until the grid shows the search's result: just that
     * table, in a row drawn after the search.
     * <p>
     * The inbox must have listed its tasks first (the journey's table is always among them), and those rows are
     * marked: the unfiltered inbox may already show just that one row, and a click on a row the search then draws
     * anew would be lost. The code goes in at once, as a paste, since the box sends its value after a pause: typed
     * key by key on a busy machine, a part of the code could be searched first and the grid drawn twice.
     */
    void searchInbox(String projectCode) {
        browser.waitFor(d -> idle()
                        && !d.findElements(By.cssSelector("#inbox-grid vaadin-button[id^='open-']"))
                                .isEmpty()
                ? true
                : null);
        browser.script("document.querySelectorAll('#inbox-grid vaadin-button[id^=\"open-\"]')"
                + ".forEach(b => b.setAttribute('data-before-search', ''))");
        paste("inbox-search", projectCode);
        browser.waitFor(
                d -> idle() && Boolean.TRUE.equals(browser.script("""
                const grid = document.getElementById('inbox-grid');
                return !!grid && grid.size === 1
                    && grid.querySelectorAll(arguments[1]).length === 1
                    && [...grid.querySelectorAll('vaadin-grid-cell-content')]
                        .some(c => c.textContent.includes(arguments[0]));""", projectCode, FRESH_OPEN_BUTTONS)) ? true : null);
    }

    /** Searches the inbox for a project code and opens its only row. */
    void openInboxRow(String projectCode) {
        searchInbox(projectCode);
        openFoundRow();
    }

    /** Opens the only row the last {@link #searchInbox} found. */
    void openFoundRow() {
        browser.find(By.cssSelector(FRESH_OPEN_BUTTONS)).click();
    }

    void screenshot(String name) {
        settle();
        browser.screenshot(name);
    }

    /**
     * Waits until the page has no request to the server under way. Not a wait for a lazy field's pause (the inbox
     * search): wait for what the field's value shows on the screen instead, as {@link #searchInbox} does.
     */
    void settle() {
        browser.waitFor(d -> idle() ? true : null);
    }

    /** No request to the server under way. */
    private boolean idle() {
        return Boolean.TRUE.equals(
                browser.script("return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"));
    }
}
