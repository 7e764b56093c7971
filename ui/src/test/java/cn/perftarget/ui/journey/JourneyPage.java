package cn.perftarget.ui.journey;

import cn.perftarget.ui.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The few gestures the main journey needs on Vaadin components, by the ids the screens give them. */
final class JourneyPage {

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
        browser.script("const f = arguments[0]; f.value = arguments[1];"
                + "f.dispatchEvent(new Event('input', {bubbles: true}));"
                + "f.dispatchEvent(new Event('change', {bubbles: true}));", field, text);
    }

    /** Clicks the button when it is on the screen (e.g. a dialog that may or may not have closed itself). */
    void closeIfOpen(String id) {
        settle();
        try {
            browser.driver().findElements(By.id(id)).stream().filter(WebElement::isDisplayed).findFirst()
                    .ifPresent(WebElement::click);
        } catch (org.openqa.selenium.StaleElementReferenceException closedMeanwhile) {
            // the dialog closed itself
        }
        browser.waitFor(d -> d.findElements(By.id(id)).stream().noneMatch(WebElement::isDisplayed) ? true : null);
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
        browser.script("const g = document.getElementById(arguments[0]);"
                + "const b = [...g.querySelectorAll('vaadin-radio-button')]"
                + ".find(r => r.textContent.trim().startsWith(arguments[1]));"
                + "b.querySelector('input').click();", groupId, labelStart);
    }

    /**
     * Searches the inbox for a project code and opens its only row, once the grid shows just that row (the grid
     * re-renders its rows while the search narrows them).
     */
    void openInboxRow(String projectCode) {
        type("inbox-search", projectCode);
        settle();
        browser.waitFor(d -> {
            List<WebElement> buttons = d.findElements(By.cssSelector("vaadin-button[id^='open-']"));
            boolean shown = Boolean.TRUE.equals(browser.script(
                    "return [...document.querySelectorAll('#inbox-grid vaadin-grid-cell-content')]"
                            + ".some(c => c.textContent.includes(arguments[0]))", projectCode));
            if (buttons.size() != 1 || !shown) {
                return null;
            }
            try {
                buttons.get(0).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        });
    }

    void screenshot(String name) {
        settle();
        browser.screenshot(name);
    }

    /** Waits past the debounce of lazy fields (search boxes), then until the page has no request under way. */
    void settle() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script(
                "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"))
                ? true : null);
    }
}
