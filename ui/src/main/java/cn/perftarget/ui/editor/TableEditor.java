package cn.perftarget.ui.editor;

import cn.perftarget.domain.framework.FrameworkCatalog;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.Fix;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.component.StatusBadge;
import cn.perftarget.ui.findings.FindingsPanel;
import cn.perftarget.ui.findings.LiveValidation;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.access.TableAccess;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.error.ValidationFailedException;
import cn.perftarget.workflow.error.WorkflowException;
import cn.perftarget.workflow.read.TableReadService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * 编制 of one table: the form, the findings as the user types, save (by hand and automatically), submit.
 * Every change of state goes through the approval service, which checks the user's scope and writes the audit.
 */
final class TableEditor extends VerticalLayout {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final AppUser user;
    private final long tableId;
    private final ApprovalService service;
    private final EditorExit exit;
    private final boolean editable;
    private final TableForm form;
    private final FindingsPanel findings;
    private final LiveValidation validation;
    private final DraftSaver saver;
    private final Span saveState = new Span();
    private final ConflictBanner conflictBanner;
    private boolean dirty;
    private boolean conflict;

    TableEditor(AppUser user, StoredTable table, TableReadService reads, ApprovalService service, EditorExit exit) {
        this.user = user;
        this.tableId = table.id();
        this.service = service;
        this.exit = exit;
        this.editable = TableAccess.mayEdit(user, table);
        setPadding(false);
        setSizeFull();

        FrameworkPicks picks = new FrameworkPicks(FrameworkCatalog.bundled().forTable(table.content(), null));
        this.form = new TableForm(picks, this::changed);
        this.findings = new FindingsPanel(form::jumpTo, this::applyFix);
        this.validation = new LiveValidation(reads.validator(user, tableId), reads.validationContext(user, tableId));
        this.saver = new DraftSaver(service, reads, user, table);
        this.conflictBanner = new ConflictBanner(this::reloadAfterConflict, this::overwriteAfterConflict);

        H2 title = new H2(getTranslation(
                "editor.title",
                table.content().projectName().isBlank()
                        ? getTranslation("editor.untitled")
                        : table.content().projectName()));
        title.getStyle().set("margin", "0");
        saveState.setId("save-state");
        saveState
                .getStyle()
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout bar =
                new HorizontalLayout(title, new StatusBadge(table.status(), table.adjusting()), saveState);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        Button back = new Button(getTranslation("editor.back"), VaadinIcon.ARROW_LEFT.create(), e -> leave());
        back.setId("editor-back");
        if (editable) {
            Button save = new Button(getTranslation("editor.save"), VaadinIcon.DISC.create(), e -> save(true));
            save.setId("editor-save");
            Button submit = new Button(getTranslation("editor.submit"), VaadinIcon.PAPERPLANE.create(), e -> submit());
            submit.setId("editor-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(save, submit);
            new AutoSave(this, this::saveIfChanged);
        } else {
            saveState.setText(getTranslation(
                    "editor.readonly", getTranslation(table.status().labelKey())));
        }
        bar.add(back);

        form.show(table.content());
        form.setReadOnly(!editable);
        Div formScroller = new Div(form);
        formScroller
                .getStyle()
                .set("overflow", "auto")
                .set("flex", "1 1 0")
                .set("min-width", "0")
                .set("height", "100%")
                .set("padding-right", "var(--lumo-space-m)");
        Div findingsScroller = new Div(findings);
        findingsScroller
                .getStyle()
                .set("overflow", "auto")
                .set("width", "24em")
                .set("flex", "none")
                .set("height", "100%")
                .set("border-left", "1px solid var(--lumo-contrast-10pct)")
                .set("padding-left", "var(--lumo-space-m)");
        HorizontalLayout body = new HorizontalLayout(formScroller, findingsScroller);
        body.setSizeFull();
        add(bar, conflictBanner, body);
        setFlexGrow(1, body);
        revalidate();
    }

    TableForm form() {
        return form;
    }

    FindingsPanel findings() {
        return findings;
    }

    boolean isDirty() {
        return dirty;
    }

    private void changed() {
        dirty = true;
        saveState.setText(getTranslation("editor.state.unsaved"));
        revalidate();
    }

    private void revalidate() {
        findings.show(validation.validate(form.value()));
    }

    private void applyFix(Fix fix) {
        TargetTable fixed = fix.applyTo(form.value());
        form.show(fixed);
        changed();
    }

    /** Saves when something changed and no conflict waits for the user (automatic saves). */
    void saveIfChanged() {
        if (editable && dirty && !conflict) {
            save(false);
        }
    }

    /** @return whether the screen's content is now stored */
    private boolean save(boolean byHand) {
        DraftSaver.Result result = saver.save(form.value());
        switch (result.outcome()) {
            case SAVED, UNCHANGED -> {
                dirty = false;
                saveState.setText(getTranslation(
                        byHand ? "editor.state.saved" : "editor.state.autosaved",
                        LocalTime.now(BeijingTime.ZONE).format(CLOCK)));
                if (byHand) {
                    Notices.success(getTranslation("editor.saved"));
                }
                return true;
            }
            case CONFLICT -> {
                conflict = true;
                conflictBanner.show(why(result));
                saveState.setText(getTranslation("editor.state.conflict"));
                if (byHand) {
                    Notices.error(why(result));
                }
                return false;
            }
            case UNAVAILABLE -> {
                // the content stays on the screen and dirty: the next automatic save (or 保存) stores it
                saveState.setText(getTranslation("editor.state.unavailable"));
                Notices.error(why(result));
                return false;
            }
            default -> {
                Notices.error(why(result));
                return false;
            }
        }
    }

    /** 返回: unsaved changes are saved first; when they cannot be (the database is away), the editor stays open. */
    private void leave() {
        if (editable && dirty && !conflict && !save(false)) {
            return;
        }
        getUI().ifPresent(exit::leave);
    }

    /** Why a save was refused or conflicted (such a result always says). */
    private static String why(DraftSaver.Result result) {
        Message message = result.message();
        return message == null ? "" : TranslationProvider.text(message);
    }

    private void submit() {
        if (conflict) {
            Notices.error(getTranslation("editor.state.conflict"));
            return;
        }
        if (!save(false)) {
            return;
        }
        try {
            service.submit(user, tableId);
            Notices.success(getTranslation("editor.submitted"));
            getUI().ifPresent(exit::leave);
        } catch (ValidationFailedException e) {
            new SubmitErrorsDialog(TranslationProvider.text(e.text()), e.errors(), form::jumpTo).open();
        } catch (WorkflowException e) {
            Notices.error(TranslationProvider.text(e.text()));
        }
    }

    private void reloadAfterConflict() {
        StoredTable now = saver.reload();
        form.show(now.content());
        dirty = false;
        conflict = false;
        conflictBanner.hide();
        saveState.setText(getTranslation("editor.state.reloaded"));
        revalidate();
    }

    private void overwriteAfterConflict() {
        saver.adoptCurrentVersion();
        conflict = false;
        conflictBanner.hide();
        dirty = true;
        save(true);
    }
}
