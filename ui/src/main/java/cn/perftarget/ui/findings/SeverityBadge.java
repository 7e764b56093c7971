package cn.perftarget.ui.findings;

import cn.perftarget.domain.rules.Severity;
import com.vaadin.flow.component.html.Span;

/** 错误 red, 警告 orange, 提示 grey: the severity of a finding as a small Lumo badge. */
public final class SeverityBadge extends Span {

    public SeverityBadge(Severity severity) {
        setText(getTranslation(severity.labelKey()));
        getElement().getThemeList().add("badge");
        getElement().getThemeList().add("small");
        switch (severity) {
            case ERROR -> getElement().getThemeList().add("error");
            case WARNING ->
                getStyle()
                        .set("background-color", "var(--lumo-warning-color-10pct, #fff3e0)")
                        .set("color", "var(--lumo-warning-text-color, #a64d00)");
            case INFO -> getElement().getThemeList().add("contrast");
        }
        getElement().setAttribute("data-severity", severity.name());
    }
}
