package cn.perftarget.bench;

import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.UserGroups;
import cn.perftarget.workflow.inbox.InboxCounts;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.InboxPage;
import cn.perftarget.workflow.inbox.InboxQuery;
import cn.perftarget.workflow.inbox.InboxTab;
import cn.perftarget.workflow.inbox.PageRequest;
import cn.perftarget.workflow.inbox.SortKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Inbox latency as the inbox view asks for it: the counts of all tabs and the first page (50 rows, the grid's page
 * size) of the tab the view opens (全部待办: my tasks and the ones to claim), sorted by due date; also each tab's first
 * page, the counts alone and the user's groups alone (one of the page's three statements), and 全部待办 as a user
 * pages, sorts and filters it ({@link Variant}: a later page, sorted by table columns, filtered by year, status,
 * overdue and text). The users take turns, call after call, so drift on a busy machine hits them alike. Also counts
 * the SQL statements of one page at two page sizes.
 */
final class InboxBenchmark {

    static final int GRID_PAGE_SIZE = 50;

    /** A user whose inbox is measured, by role. */
    record Persona(String role, AppUser user) {}

    /** Milliseconds per operation for one user at one scale. */
    record Result(
            String role,
            String username,
            InboxCounts counts,
            InboxTab openingTab,
            Samples.Summary firstPage,
            Samples.Summary countsOnly,
            Samples.Summary groupsOnly,
            Map<InboxTab, Samples.Summary> tabFirstPages,
            Map<Variant, Samples.Summary> variants) {}

    /** 全部待办 paged, sorted and filtered as a user does it in the grid (50 rows each). */
    enum Variant {
        /** the fifth page (rows 201–250), by due date */
        PAGE_5("page 5"),
        /** sorted by 预算数, largest first */
        BY_BUDGET("by 预算数"),
        /** sorted by 项目名称 */
        BY_NAME("by 项目名称"),
        /** sorted by 提交时间, latest first */
        BY_SUBMITTED("by 提交时间"),
        /** the current fiscal year and the user's own review step */
        YEAR_AND_STATUS("年度 + 状态"),
        /** overdue only */
        OVERDUE("逾期"),
        /** a word of a project name */
        TEXT("text");

        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    /** Statements of one page call, per page size. */
    record StatementCount(
            String role,
            InboxTab tab,
            int pageSize,
            int rows,
            int statements,
            @com.fasterxml.jackson.annotation.JsonIgnore List<String> sql) {}

    private final InboxQuery inbox;
    private final UserGroups groups;

    InboxBenchmark(InboxQuery inbox, UserGroups groups) {
        this.inbox = inbox;
        this.groups = groups;
    }

    List<Result> measure(List<Persona> personas, int warmup, int iterations) {
        List<Measured> all = new ArrayList<>();
        for (Persona p : personas) {
            Map<InboxTab, Samples> perTab = new EnumMap<>(InboxTab.class);
            for (InboxTab tab : InboxTab.values()) {
                perTab.put(tab, new Samples());
            }
            all.add(new Measured(
                    p,
                    inbox.counts(p.user(), InboxFilter.NONE),
                    InboxTab.OPEN,
                    new Samples(),
                    new Samples(),
                    new Samples(),
                    perTab,
                    variantSamples(),
                    searchWord(p)));
        }
        for (int i = -warmup; i < iterations; i++) {
            boolean measured = i >= 0;
            // the other operations a third as often: the opening page is the figure the targets are about
            boolean others = i < 0 || i % 3 == 0;
            for (Measured m : all) {
                Persona p = m.persona();
                time(measured ? m.first() : null, () -> page(p, m.opening(), GRID_PAGE_SIZE));
                if (others) {
                    time(measured ? m.countsOnly() : null, () -> inbox.counts(p.user(), InboxFilter.NONE));
                    time(measured ? m.groupsOnly() : null, () -> groups.of(p.user()));
                    m.tabs()
                            .forEach((tab, samples) ->
                                    time(measured ? samples : null, () -> page(p, tab, GRID_PAGE_SIZE)));
                    m.variants()
                            .forEach((variant, samples) ->
                                    time(measured ? samples : null, () -> variant(p, m.text(), variant)));
                }
            }
        }
        List<Result> results = new ArrayList<>();
        for (Measured m : all) {
            Map<InboxTab, Samples.Summary> perTab = new EnumMap<>(InboxTab.class);
            m.tabs().forEach((tab, s) -> perTab.put(tab, s.summary()));
            Map<Variant, Samples.Summary> perVariant = new EnumMap<>(Variant.class);
            m.variants().forEach((v, s) -> perVariant.put(v, s.summary()));
            results.add(new Result(
                    m.persona().role(),
                    m.persona().user().username(),
                    m.counts(),
                    m.opening(),
                    m.first().summary(),
                    m.countsOnly().summary(),
                    m.groupsOnly().summary(),
                    perTab,
                    perVariant));
        }
        return results;
    }

    /** One persona's measurements: its counts and opening tab, and the samples of each operation. */
    private record Measured(
            Persona persona,
            InboxCounts counts,
            InboxTab opening,
            Samples first,
            Samples countsOnly,
            Samples groupsOnly,
            Map<InboxTab, Samples> tabs,
            Map<Variant, Samples> variants,
            String text) {}

    private static Map<Variant, Samples> variantSamples() {
        Map<Variant, Samples> samples = new EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) {
            samples.put(v, new Samples());
        }
        return samples;
    }

    /** Two characters of a project name in the user's inbox (the first row's), for the text filter. */
    private String searchWord(Persona p) {
        return page(p, InboxTab.OPEN, GRID_PAGE_SIZE).rows().stream()
                .map(r -> r.projectName())
                .filter(n -> n.length() >= 4)
                .map(n -> n.substring(2, 4))
                .findFirst()
                .orElse("项目");
    }

    private InboxPage variant(Persona p, String text, Variant v) {
        PageRequest byDue = PageRequest.first(GRID_PAGE_SIZE, SortKey.DUE_DATE, false);
        return switch (v) {
            case PAGE_5 ->
                inbox.page(
                        p.user(),
                        InboxTab.OPEN,
                        InboxFilter.NONE,
                        new PageRequest(4 * GRID_PAGE_SIZE, GRID_PAGE_SIZE, SortKey.DUE_DATE, false));
            case BY_BUDGET ->
                inbox.page(
                        p.user(),
                        InboxTab.OPEN,
                        InboxFilter.NONE,
                        PageRequest.first(GRID_PAGE_SIZE, SortKey.BUDGET, true));
            case BY_NAME ->
                inbox.page(
                        p.user(),
                        InboxTab.OPEN,
                        InboxFilter.NONE,
                        PageRequest.first(GRID_PAGE_SIZE, SortKey.PROJECT_NAME, false));
            case BY_SUBMITTED ->
                inbox.page(
                        p.user(),
                        InboxTab.OPEN,
                        InboxFilter.NONE,
                        PageRequest.first(GRID_PAGE_SIZE, SortKey.SUBMITTED_AT, true));
            case YEAR_AND_STATUS ->
                inbox.page(
                        p.user(),
                        InboxTab.OPEN,
                        InboxFilter.NONE
                                .withFiscalYear(java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai"))
                                        .getValue())
                                .withStatus(stepOf(p)),
                        byDue);
            case OVERDUE -> inbox.page(p.user(), InboxTab.OPEN, InboxFilter.NONE.withOverdue(true), byDue);
            case TEXT -> inbox.page(p.user(), InboxTab.OPEN, InboxFilter.NONE.withText(text), byDue);
        };
    }

    /** The review step a persona's tasks are at (a drafter's: 单位确认 or back in drafting). */
    private static TableStatus stepOf(Persona p) {
        return switch (p.role()) {
            case "department reviewer" -> TableStatus.DEPT_REVIEW;
            case "fiscal reviewer" -> TableStatus.FISCAL_REVIEW;
            default -> TableStatus.DRAFTING;
        };
    }

    /** The statements of one page of each tab at each page size. */
    List<StatementCount> statementCounts(List<Persona> personas, List<Integer> pageSizes) {
        List<StatementCount> counts = new ArrayList<>();
        for (Persona p : personas) {
            for (InboxTab tab : InboxTab.values()) {
                for (int size : pageSizes) {
                    StatementCounter.Counted<InboxPage> counted = StatementCounter.count(() -> page(p, tab, size));
                    counts.add(new StatementCount(
                            p.role(), tab, size, counted.value().rows().size(), counted.count(), counted.statements()));
                }
            }
        }
        return counts;
    }

    private InboxPage page(Persona p, InboxTab tab, int size) {
        boolean done = tab == InboxTab.DONE;
        return inbox.page(
                p.user(),
                tab,
                InboxFilter.NONE,
                PageRequest.first(size, done ? SortKey.RECEIVED : SortKey.DUE_DATE, done));
    }

    /** @param samples where the time goes; null for a warm-up call */
    private static void time(@Nullable Samples samples, Runnable call) {
        long t0 = System.nanoTime();
        call.run();
        long t = System.nanoTime() - t0;
        if (samples != null) {
            samples.add(t);
        }
    }
}
