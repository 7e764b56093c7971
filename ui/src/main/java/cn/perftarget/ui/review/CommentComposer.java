package cn.perftarget.ui.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * The reviewer's comment: a general text and remarks pinned to fields or rows (added with the pin buttons of the
 * {@link TableSheet}). {@link #value()} gives them as {@link PinnedComments}, stored as the action's comment.
 * Ids: {@code review-comment}, {@code pin-text-<n>} (1-based, in the order added).
 */
public class CommentComposer extends VerticalLayout {

    private final TextArea general = new TextArea();
    private final VerticalLayout pinList = new VerticalLayout();
    private final List<PinEntry> entries = new ArrayList<>();

    public CommentComposer() {
        setPadding(false);
        setSpacing(false);
        general.setId("review-comment");
        general.setLabel(getTranslation("review.comment.label"));
        general.setPlaceholder(getTranslation("review.comment.placeholder"));
        general.setWidthFull();
        general.setMinHeight("6em");
        general.addValueChangeListener(e -> general.setInvalid(false));
        pinList.setPadding(false);
        pinList.setSpacing(false);
        pinList.setId("review-pins");
        Span hint = new Span(getTranslation("review.pin.hint"));
        hint.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        add(general, pinList, hint);
    }

    /** Adds a remark pinned to the target and puts the cursor in it. */
    public void addPin(PinTarget target) {
        TextField text = new TextField();
        text.setId("pin-text-" + (entries.size() + 1));
        text.setPlaceholder(getTranslation("review.pin.placeholder"));
        text.setWidthFull();
        Span label = new Span(getTranslation("review.pin.target", target.describe()));
        label.getStyle().set("white-space", "nowrap");
        HorizontalLayout line = new HorizontalLayout(VaadinIcon.PIN.create(), label, text);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        PinEntry entry = new PinEntry(target, text, line);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            entries.remove(entry);
            pinList.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation("review.pin.remove"));
        line.add(remove);
        entries.add(entry);
        pinList.add(line);
        text.focus();
    }

    /** The comment as written; pins without text are left out. */
    public PinnedComments value() {
        List<PinnedComments.Pin> pins = entries.stream()
                .filter(e -> !e.text().getValue().isBlank())
                .map(e -> new PinnedComments.Pin(e.target(), e.text().getValue()))
                .toList();
        return new PinnedComments(general.getValue(), pins);
    }

    /** Marks the comment as missing or wrong, with the server's message. */
    public void showError(String message) {
        general.setErrorMessage(message);
        general.setInvalid(true);
        general.focus();
    }

    public TextArea general() {
        return general;
    }

    private record PinEntry(PinTarget target, TextField text, HorizontalLayout line) {}
}
