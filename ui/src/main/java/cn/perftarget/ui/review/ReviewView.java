package cn.perftarget.ui.review;

import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionDiff;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.ui.department.DepartmentPartPanel;
import cn.perftarget.ui.editor.TableEditorView;
import cn.perftarget.ui.export.Downloads;
import cn.perftarget.ui.export.TableDownloads;
import cn.perftarget.ui.findings.FindingsPanel;
import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.ui.print.PrintView;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.ui.security.TableRouteAction;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.access.TableAccess;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.department.DepartmentTargetsService;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.export.FindingsExports;
import cn.perftarget.workflow.export.TableExports;
import cn.perftarget.workflow.process.ProcessStep;
import cn.perftarget.workflow.read.ReviewSubject;
import cn.perftarget.workflow.read.TableReadService;
import cn.perftarget.workflow.read.WaitingTask;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * 审核: the table read-only with its findings and what changed since the previous revision, the newest comment, and
 * the actions of the user's step — 主管部门 通过/退回, 财政 优/良/中/差 (良 edits in place), the unit's 接受/异议 of a
 * 良 edit. Every action goes through the {@link ApprovalService}, which checks scope and role again. Beside the
 * findings, the department's part of the table's year when one is stored (read-only, collapsible).
 * <p>
 * Opened per table, not from the menu: every signed-in role may open it (auditors read the tables of their region),
 * and the loader shows only a table in the user's scope.
 */
@TableRouteAction(ServiceAction.READ_REVIEW)
@Route("review/:tableId")
@PermitAll
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The route parameter: the table's id. */
    private static final String TABLE_ID = "tableId";

    private final CurrentUser currentUser;
    private final TableReadService reads;
    private final ApprovalService approvals;
    private final HistoryLink historyLink;
    private final TableExports exports;
    private final FindingsExports findingsExports;
    private final DepartmentTargetsService departments;
    private final Div sheetBox = new Div();
    /** The table shown, read by {@link #beforeEnter}. */
    private @Nullable ReviewSubject subject;
    /** The in-place editor while the fiscal reviewer edits (良); null otherwise. */
    private @Nullable InPlaceEditor editor;

    public ReviewView(
            CurrentUser currentUser,
            TableReadService reads,
            ApprovalService approvals,
            HistoryLink historyLink,
            TableExports exports,
            FindingsExports findingsExports,
            DepartmentTargetsService departments) {
        this.currentUser = currentUser;
        this.departments = departments;
        this.reads = reads;
        this.approvals = approvals;
        this.historyLink = historyLink;
        this.exports = exports;
        this.findingsExports = findingsExports;
        setSizeFull();
    }

    /** The table's review screen: {@code ui.navigate(ReviewView.class, ReviewView.forTable(id))}. */
    public static RouteParameters forTable(long tableId) {
        return new RouteParameters(TABLE_ID, String.valueOf(tableId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AppUser user = currentUser.require();
        Optional<Long> id = event.getRouteParameters().getLong(TABLE_ID);
        try {
            subject = reads.review(user, id.orElseThrow(NotFoundException::table));
        } catch (NotFoundException e) {
            event.rerouteToError(e, e.getMessage());
            return;
        }
        build(user);
    }

    private void build(AppUser user) {
        removeAll();
        editor = null;
        H2 title = new H2(subject().shown().projectName());
        title.setId("review-title");
        title.getStyle().set("margin", "0");
        Span status = new Span(getTranslation(subject().table().status().labelKey()));
        status.setId("review-status");
        status.getElement().getThemeList().add("badge");
        Button history = new Button(
                getTranslation("review.history"),
                VaadinIcon.TIME_BACKWARD.create(),
                e -> historyLink.open(UI.getCurrent(), subject().table().id()));
        history.setId("review-history");
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        long tableId = subject().table().id();
        Button print = new Button(
                getTranslation("export.print"),
                VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().navigate(PrintView.class, PrintView.forTable(tableId)));
        print.setId("review-print");
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout head = new HorizontalLayout(title, status, history, print);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        Revision approved = reads.approvedVersion(user, tableId).orElse(null);
        TableDownloads downloads = new TableDownloads(
                user,
                tableId,
                approved == null ? null : approved.id(),
                approved == null ? 0 : approved.revisionNo(),
                exports);

        CommentComposer composer = new CommentComposer();
        sheetBox.setWidthFull();
        showSheet(composer);
        Div left = new Div(diffSummary(), sheetBox);
        left.getStyle().set("flex", "1 1 0").set("min-width", "0").set("overflow", "auto");

        VerticalLayout side = new VerticalLayout();
        side.addClassName("review-side");
        side.setPadding(false);
        side.add(taskInfo(user));
        if (subject().lastComment() != null) {
            side.add(new LastCommentPanel(subject().lastComment(), displayNames()));
        }
        FindingsPanel findings = new FindingsPanel(this::reveal, null);
        findings.setId("review-findings");
        findings.show(subject().findings());
        Locale locale = getLocale();
        side.add(
                findings,
                Downloads.link(
                        "review-findings-download",
                        getTranslation("export.findings"),
                        () -> findingsExports.table(user, tableId, locale)));
        departments
                .forTable(user, subject().table().id())
                .ifPresent(part -> side.add(new DepartmentPartPanel(
                        part,
                        user.has(Role.DEPT_REVIEWER) || user.has(Role.FISCAL_REVIEWER) || user.has(Role.AUDITOR))));
        actions(user, composer).ifPresent(a -> {
            side.add(new H4(getTranslation("review.actions.title")));
            if (!(a instanceof Button)) {
                side.add(composer);
            }
            side.add(a);
        });

        HorizontalLayout body = new HorizontalLayout(left, side);
        body.setWidthFull();
        body.setAlignItems(FlexComponent.Alignment.START);
        add(head, downloads, body);
    }

    /** A finding's place on the sheet, brought into view. */
    private void reveal(Location location) {
        sheetBox.getChildren()
                .filter(TableSheet.class::isInstance)
                .map(TableSheet.class::cast)
                .findFirst()
                .ifPresent(sheet -> sheet.reveal(location));
    }

    private void showSheet(CommentComposer composer) {
        sheetBox.removeAll();
        SheetMarks marks = new SheetMarks(
                subject().diff(), subject().findings(), lastPins().byTarget(), composer::addPin);
        sheetBox.add(new TableSheet(subject().shown(), marks));
    }

    /** 良: the sheet becomes the in-place editor, and back. */
    private void setEditing(boolean editing, CommentComposer composer) {
        if (editing && editor == null) {
            editor = new InPlaceEditor(subject().shown());
            sheetBox.removeAll();
            sheetBox.add(editor);
        } else if (!editing && editor != null) {
            editor = null;
            showSheet(composer);
        }
    }

    private Component diffSummary() {
        Span s = new Span();
        s.setId("diff-summary");
        s.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        RevisionDiff diff = subject().diff();
        Revision compared = subject().compared();
        if (diff == null) {
            s.setText(getTranslation("review.diff.none"));
        } else if (diff.isEmpty()) {
            s.setText(getTranslation("review.diff.unchanged", compared == null ? "" : compared.revisionNo()));
        } else if (subject().table().status() == TableStatus.UNIT_CONFIRM) {
            s.setText(getTranslation(
                    "review.diff.reviewerEdit",
                    diff.fields().size(),
                    diff.rows().size()));
        } else if (compared != null) {
            s.setText(getTranslation(
                    "review.diff.changed",
                    compared.revisionNo(),
                    DateTimes.minutes(compared.createdAt()),
                    diff.fields().size(),
                    diff.rows().size()));
        } else { // not reached: outside 单位确认 a diff comes with the revision it compares against
            s.setText(getTranslation("review.diff.none"));
        }
        return s;
    }

    private Component taskInfo(AppUser user) {
        Div info = new Div();
        info.setId("review-task");
        WaitingTask task = subject().task();
        if (task == null) {
            info.add(new Span(getTranslation("review.task.none")));
            return info;
        }
        String assignee = task.assignee() == null
                ? getTranslation("review.task.unclaimed")
                : displayNames().apply(task.assignee());
        String step = task.step().map(s -> getTranslation(s.labelKey())).orElse("");
        info.add(
                new Div(getTranslation("review.task.step", step)),
                new Div(getTranslation("review.task.assignee", assignee)));
        if (task.dueDate() != null) {
            info.add(new Div(getTranslation("review.task.due", DateTimes.minutes(task.dueDate()))));
        }
        boolean review = subject().step().map(ProcessStep::isReview).orElse(false);
        if (review && task.assignee() == null && reviewsThisStep(user)) {
            Button claim = new Button(getTranslation("inbox.claim"), e -> {
                if (ActionRunner.attempt(() -> approvals.claim(user, task.id()))) {
                    UI.getCurrent()
                            .navigate(
                                    ReviewView.class, forTable(subject().table().id()));
                }
            });
            claim.setId("review-claim");
            info.add(claim);
        }
        return info;
    }

    private Optional<Component> actions(AppUser user, CommentComposer composer) {
        WaitingTask task = subject().task();
        ProcessStep step = subject().step().orElse(null);
        if (task == null || step == null) {
            return Optional.empty();
        }
        boolean free = task.assignee() == null || task.assignee().equals(user.username());
        boolean drafter = TableAccess.draftsFor(user, subject().table().unitId());
        return switch (step) {
            case DEPARTMENT_REVIEW ->
                user.has(Role.DEPT_REVIEWER) && free
                        ? Optional.of(new DepartmentActions(approvals, user, task, composer))
                        : Optional.empty();
            case FISCAL_REVIEW ->
                user.has(Role.FISCAL_REVIEWER) && free
                        ? Optional.of(new FiscalActions(
                                approvals,
                                user,
                                task,
                                composer,
                                subject().suggestion(),
                                editing -> setEditing(editing, composer),
                                this::edited))
                        : Optional.empty();
            case UNIT_CONFIRMATION ->
                drafter ? Optional.of(new ConfirmationActions(approvals, user, task, composer)) : Optional.empty();
            case REVISE -> drafter ? Optional.of(reviseLink()) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The reviewer's edit (良), null while not editing. */
    private @Nullable TargetTable edited() {
        InPlaceEditor open = editor;
        return open == null ? null : open.edited();
    }

    private ReviewSubject subject() {
        if (subject == null) {
            throw new IllegalStateException("no table read yet: beforeEnter reads it");
        }
        return subject;
    }

    private Component reviseLink() {
        Button edit = new Button(
                getTranslation("review.action.revise"),
                VaadinIcon.EDIT.create(),
                e -> UI.getCurrent()
                        .navigate(
                                TableEditorView.class,
                                TableEditorView.forTable(subject().table().id())));
        edit.setId("review-revise");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return edit;
    }

    /** The remarks of the newest comment, pinned to the fields and rows they concern. */
    private PinnedComments lastPins() {
        return subject().lastComment() == null
                ? PinnedComments.parse(null)
                : LastCommentPanel.pins(subject().lastComment());
    }

    /** The names of the people the screen mentions (the assignee, the author of the last comment). */
    private Function<String, String> displayNames() {
        List<String> usernames = new ArrayList<>();
        if (subject().task() != null && subject().task().assignee() != null) {
            usernames.add(subject().task().assignee());
        }
        if (subject().lastComment() != null) {
            usernames.add(subject().lastComment().actor());
        }
        Map<String, String> names = reads.displayNames(usernames);
        return u -> names.getOrDefault(u, u);
    }

    private boolean reviewsThisStep(AppUser user) {
        ProcessStep step = subject().step().orElse(null);
        return step == ProcessStep.DEPARTMENT_REVIEW && user.has(Role.DEPT_REVIEWER)
                || step == ProcessStep.FISCAL_REVIEW && user.has(Role.FISCAL_REVIEWER);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.page.title");
    }
}
