package cn.perftarget.workflow.demo;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.demo.DemoDataLoaded;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.deadline.EngineClock;
import cn.perftarget.workflow.error.ValidationFailedException;
import cn.perftarget.workflow.read.TableReadService;
import cn.perftarget.workflow.read.WaitingTask;
import cn.perftarget.workflow.round.BudgetRounds;
import cn.perftarget.workflow.round.RoundForm;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo work at every step: when demo mode has just created the demo tables (a fresh demo database, never a restart
 * and never a database with other tables or rounds), drives some of them through the real {@link ApprovalService} as
 * the demo users, so that on first start there are tables in drafting, under department review, under fiscal review,
 * returned with pinned comments, at 单位确认 after a 良 edit, approved, 不予安排 and under adjustment, and every demo
 * reviewer finds work in the inbox. The tables each test of the ui module opens as drafts are left alone. Off with
 * {@code perftarget.demo.work=false}.
 */
@Component
class DemoWork {

    private static final Logger log = LoggerFactory.getLogger(DemoWork.class);

    private final ApprovalService approvals;
    private final TableReadService reads;
    private final TargetTableRepository tables;
    private final UserRepository users;
    private final JdbcTemplate jdbc;
    private final BudgetRounds budgetRounds;
    private final EngineClock clock;
    private final boolean enabled;

    DemoWork(
            ApprovalService approvals,
            TableReadService reads,
            TargetTableRepository tables,
            UserRepository users,
            JdbcTemplate jdbc,
            BudgetRounds budgetRounds,
            EngineClock clock,
            @Value("${perftarget.demo.work:true}") boolean enabled) {
        this.approvals = approvals;
        this.reads = reads;
        this.tables = tables;
        this.users = users;
        this.jdbc = jdbc;
        this.budgetRounds = budgetRounds;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener
    public void onDemoData(DemoDataLoaded loaded) {
        if (!enabled || !loaded.fresh() || !onlyDemoTables(loaded.seedTables())) {
            return;
        }
        try {
            drive();
            log.info("演示模式：演示绩效目标表已推进到各审批环节");
        } catch (RuntimeException e) {
            // the demo stays usable with whatever was done; the start does not fail over demo data
            log.error("演示模式：推进演示绩效目标表未能完成", e);
        }
    }

    /** The database holds the seed tables and nothing else: no other table, no approval round yet. */
    private boolean onlyDemoTables(int seedTables) {
        Long all = jdbc.queryForObject("select count(*) from target_table", Long.class);
        Long rounds = jdbc.queryForObject("select count(*) from workflow_round", Long.class);
        return all != null && all == seedTables && rounds != null && rounds == 0;
    }

    void drive() {
        budgetRound();
        qinhuangdao();
        lunan();
        chengde();
        guanwei();
    }

    /**
     * 预算编制轮次: the 系统管理员 {@code admin} opens the 2020 round of 秦皇岛经开区 (region 130311) before the demo
     * tables are submitted: submission deadline in 14 days, review deadline in 30, the reminder 3 working days before.
     */
    private void budgetRound() {
        users.findByUsername("admin").filter(u -> u.has(Role.SYSTEM_ADMIN)).ifPresent(admin -> {
            LocalDate today = BeijingTime.day(clock.now());
            budgetRounds.open(admin, new RoundForm(2020, today.plusDays(14), today.plusDays(30), 3));
        });
    }

    /**
     * 秦皇岛经开区 (442, 2020): every step; bianzhi drafts for 442001, bumen and caizheng review. The tables the ui
     * tests open as drafts (1303112121B0RMI62LEAT, 13031121GHDHFDV6IDK2P, 13031121IH9M8N7LMII40 and 442003's
     * 130311219Q3XT3A39F26U) are not among the candidates.
     */
    private void qinhuangdao() {
        Actors a = new Actors(
                "bianzhi",
                "bumen",
                "caizheng",
                2020,
                "13031121B2CSHSCIBU3II",
                "13031121BGYZDCWAO0M3Q",
                "13031121G5CZUPZIKWSZE",
                "13031121D7O79IAKCRT6Z",
                "13031121EY9LMBIZULTAK",
                "13031121LQS9C1HHN92PH",
                "13031121NXFTU6UILS2VX",
                "13031121T8GB991I6BQK2",
                "13031121U4M8LTAGA2IZ4",
                "13031121TY46RYQEH86KR",
                "13031121UTTZZ4680UZCC",
                "13031121VZP7B3KL9DBMB",
                "13031121WWU5KFUMF6X8I",
                "13031121Z6B4SEENYGSK8",
                "130311216QBYMHFNYBRFA");
        a.submitted(); // 主管部门审核, to claim
        a.claimedByDepartment(); // 主管部门审核, bumen's own
        a.returnedByDepartment(); // 退回 with pinned comments
        a.atFiscalReview(); // 财政审核, to claim
        long claimed = a.atFiscalReview();
        approvals.claim(a.fiscal, task(a.fiscal, claimed)); // 财政审核, caizheng's own
        long good = a.atFiscalReview();
        approvals.grade(a.fiscal, task(a.fiscal, good), Grade.GOOD, "已协商修改资金用途，请确认。", goodEdit(good));
        a.graded(Grade.EXCELLENT, null); // 已批复
        a.graded(Grade.POOR, "项目必要性不足，本年度不予安排。"); // 不予安排
        a.graded(Grade.FAIR, returnedComment()); // 中: 退回修改
        long adjusted = a.graded(Grade.EXCELLENT, null);
        approvals.reopen(a.drafter, adjusted, "年中预算调整，差旅安排有变化。"); // 调整中, at the unit
        long adjustedSubmitted = a.graded(Grade.EXCELLENT, null);
        approvals.reopen(a.drafter, adjustedSubmitted, "结转余款金额调整。");
        approvals.submit(a.drafter, adjustedSubmitted); // 调整 under department review
    }

    /** 唐山路南区 (438, 2025): tables at both reviews, one approved, one returned. */
    private void lunan() {
        Actors a = new Actors(
                "lunan",
                "bumen-ln",
                "caizheng-ln",
                2025,
                "13020225P00003410001L",
                "13020225P00003810001B",
                "13020225P00004110001T",
                "13020225P000032100019",
                "13020225P000043100016",
                "13020225P000039100011",
                "13020225P000040100015",
                "13020225P00003510001A");
        a.submitted();
        a.atFiscalReview();
        a.graded(Grade.EXCELLENT, null);
        a.returnedByDepartment();
    }

    /**
     * 承德高新区 (120001, 2023): every seed table of the unit still has ERRORs (they stay drafts, for the drafter to
     * fix), so the unit files two clean tables of its own, one at each review.
     */
    private void chengde() {
        Actors a = new Actors("gaoxin", "bumen-cd", "caizheng-cd", 2023);
        a.add(a.create(own("1303112121B0RMI62LEAT", "13081123DEMO00001", 2023)));
        a.add(a.create(own("13031121GHDHFDV6IDK2P", "13081123DEMO00002", 2023)));
        a.add(a.create(own("13031121IH9M8N7LMII40", "13081123DEMO00003", 2023)));
        a.submitted();
        a.atFiscalReview();
    }

    /** 管委会 (131003, 2021): as 承德高新区, two clean tables of the unit's own. */
    private void guanwei() {
        Actors a = new Actors("guanwei", "bumen-gw", "caizheng-gw", 2021);
        a.add(a.create(own("1303112121B0RMI62LEAT", "131003901", 2021)));
        a.add(a.create(own("13031121GHDHFDV6IDK2P", "131003902", 2021)));
        a.add(a.create(own("13031121IH9M8N7LMII40", "131003903", 2021)));
        a.submitted();
        a.atFiscalReview();
    }

    /**
     * The content of a clean 秦皇岛 seed table that stays a draft, under another project code (its unit is set by the
     * service).
     */
    private TargetTable own(String sourceCode, String newCode, int year) {
        TargetTable t = tables.findByYearAndCode(2020, sourceCode).orElseThrow().content();
        return new TargetTable(
                newCode,
                t.projectName(),
                t.unitCode(),
                t.unitName(),
                year,
                t.budget(),
                t.fiscalFunds(),
                t.otherFunds(),
                t.fundPurpose(),
                t.plan(),
                t.goals(),
                t.indicators());
    }

    /** The fiscal reviewer's 良 edit: the purpose of the funds made more precise. */
    private TargetTable goodEdit(long tableId) {
        TargetTable t = tables.get(tableId).content();
        return t.withFundPurpose(t.fundPurpose().strip() + "（按实际订阅数量据实结算）");
    }

    private static String returnedComment() {
        return "请按批注修改后重新提交。\n【绩效目标】目标应写明可衡量的产出和效果。\n【第1行指标】指标值应与预算数相匹配。";
    }

    private long code(int year, String projectCode) {
        return tables.findByYearAndCode(year, projectCode)
                .map(StoredTable::id)
                .orElseThrow(() -> new IllegalStateException("demo table " + year + " " + projectCode + " missing"));
    }

    private String task(AppUser reviewer, long tableId) {
        return reads.waitingTask(reviewer, tableId)
                .map(WaitingTask::id)
                .orElseThrow(() -> new IllegalStateException("no task waits for demo table " + tableId));
    }

    private AppUser user(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("demo user " + username + " missing"));
    }

    /**
     * A drafter and the two reviewers of a demo unit, the unit's candidate tables in order, and the steps they take:
     * each step submits the next candidate the submission accepts (a candidate with an ERROR stays a draft).
     */
    private final class Actors {
        final AppUser drafter;
        final AppUser department;
        final AppUser fiscal;
        private final Deque<Long> candidates = new ArrayDeque<>();

        Actors(String drafter, String department, String fiscal, int year, String... codes) {
            this.drafter = user(drafter);
            this.department = user(department);
            this.fiscal = user(fiscal);
            for (String c : new LinkedHashSet<>(List.of(codes))) {
                candidates.add(code(year, c));
            }
        }

        long create(TargetTable content) {
            return approvals.create(drafter, content).tableId();
        }

        void add(long tableId) {
            candidates.add(tableId);
        }

        /** The next candidate, submitted: it waits at the department review. */
        long submitted() {
            while (!candidates.isEmpty()) {
                long id = candidates.poll();
                try {
                    approvals.submit(drafter, id);
                    return id;
                } catch (ValidationFailedException e) {
                    log.debug("demo table {} has ERRORs and stays a draft", id);
                }
            }
            throw new IllegalStateException("no demo table of " + drafter.username() + " left to submit");
        }

        long claimedByDepartment() {
            long id = submitted();
            approvals.claim(department, task(department, id));
            return id;
        }

        long returnedByDepartment() {
            long id = submitted();
            approvals.returnToUnit(department, task(department, id), returnedComment());
            return id;
        }

        long atFiscalReview() {
            long id = submitted();
            approvals.pass(department, task(department, id), "同意报送财政审核。");
            return id;
        }

        long graded(Grade grade, @Nullable String comment) {
            long id = atFiscalReview();
            approvals.grade(fiscal, task(fiscal, id), grade, comment, null);
            return id;
        }
    }
}
