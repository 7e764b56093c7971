package cn.perftarget.bench.data;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditChains;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.audit.AuditEvent;
import cn.perftarget.domain.security.ChainKey;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.Role;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The audit history a planned table would have, had its actions gone through the approval service: the same actions,
 * roles, state changes, comments and revisions as the service writes them (新建/导入, 编辑, 提交, 签收, 通过/退回,
 * 评级 优), hash-chained (keyed) by {@link AuditChains}; a table taken over at go-live has the one import entry of the system.
 */
final class AuditTrail {

    private static final String DRAFTER = Role.DRAFTER.name();
    private static final String DEPARTMENT = Role.DEPT_REVIEWER.name();
    private static final String FISCAL = Role.FISCAL_REVIEWER.name();
    /** who takes over the previous round's approved tables (as the demo loader imports: a system actor) */
    static final String TAKE_OVER_ACTOR = "system";

    private static final String TAKE_OVER_ROLE = "SYSTEM";

    private AuditTrail() {}

    /**
     * @param submitted the revision frozen at submission, null for drafts
     * @param approved  the approved (批复) revision, null unless approved
     */
    static List<AuditEntry> of(
            ChainKey key, long tableId, PlannedTable p, @Nullable Long submitted, @Nullable Long approved) {
        List<AuditChains.TimedEvent> events = new ArrayList<>();
        PlannedTable.Timeline t = p.times();
        if (p.step() == RoundStep.TAKEN_OVER) {
            events.add(timed(
                    new AuditEvent(
                            tableId,
                            TAKE_OVER_ACTOR,
                            TAKE_OVER_ROLE,
                            AuditAction.IMPORT,
                            null,
                            TableStatus.APPROVED,
                            "系统上线时迁入上年度已批复的绩效目标",
                            approved),
                    t.created()));
            return AuditChains.chain(key, events);
        }
        events.add(timed(
                new AuditEvent(
                        tableId,
                        p.drafter(),
                        DRAFTER,
                        p.imported() ? AuditAction.IMPORT : AuditAction.CREATE,
                        null,
                        TableStatus.DRAFTING,
                        null,
                        null),
                t.created()));
        if (p.edited()) {
            events.add(timed(
                    AuditEvent.of(tableId, p.drafter(), DRAFTER, AuditAction.EDIT, null),
                    planned(t.edited(), "edit time")));
        }
        if (p.step().hasRound()) {
            events.add(timed(
                    new AuditEvent(
                            tableId,
                            p.drafter(),
                            DRAFTER,
                            AuditAction.SUBMIT,
                            TableStatus.DRAFTING,
                            TableStatus.DEPT_REVIEW,
                            null,
                            submitted),
                    planned(t.submitted(), "submission time")));
        }
        if (p.claimed() && p.step() == RoundStep.DEPARTMENT_REVIEW) {
            events.add(timed(
                    new AuditEvent(
                            tableId, departmentReviewer(p), DEPARTMENT, AuditAction.CLAIM, null, null, null, submitted),
                    planned(t.claimed(), "claim time")));
        }
        if (p.step() == RoundStep.RETURNED) {
            events.add(timed(
                    new AuditEvent(
                            tableId,
                            departmentReviewer(p),
                            DEPARTMENT,
                            AuditAction.RETURN,
                            TableStatus.DEPT_REVIEW,
                            TableStatus.DRAFTING,
                            p.returnComment(),
                            submitted),
                    reviewed(t)));
        } else if (p.step().departmentReviewed()) {
            events.add(timed(
                    new AuditEvent(
                            tableId,
                            departmentReviewer(p),
                            DEPARTMENT,
                            AuditAction.PASS,
                            TableStatus.DEPT_REVIEW,
                            TableStatus.FISCAL_REVIEW,
                            null,
                            submitted),
                    reviewed(t)));
        }
        if (p.claimed() && p.step() == RoundStep.FISCAL_REVIEW) {
            events.add(timed(
                    new AuditEvent(tableId, fiscalReviewer(p), FISCAL, AuditAction.CLAIM, null, null, null, submitted),
                    planned(t.claimed(), "claim time")));
        }
        if (p.step() == RoundStep.APPROVED) {
            events.add(timed(
                    new AuditEvent(
                            tableId,
                            fiscalReviewer(p),
                            FISCAL,
                            AuditAction.GRADE,
                            TableStatus.FISCAL_REVIEW,
                            TableStatus.APPROVED,
                            "评级：优",
                            approved),
                    planned(t.graded(), "grading time")));
        }
        return AuditChains.chain(key, events);
    }

    private static String departmentReviewer(PlannedTable p) {
        return planned(p.departmentReviewer(), "department reviewer");
    }

    private static String fiscalReviewer(PlannedTable p) {
        return planned(p.fiscalReviewer(), "fiscal reviewer");
    }

    private static java.time.Instant reviewed(PlannedTable.Timeline t) {
        return planned(t.reviewed(), "department review time");
    }

    /** What the planner sets for every table that reaches the step concerned. */
    private static <T> T planned(@Nullable T value, String what) {
        if (value == null) {
            throw new IllegalStateException("a planned table lacks its " + what);
        }
        return value;
    }

    /** How often the table row was updated (its version): every edit and state change, not claims. */
    static int version(PlannedTable p) {
        int v = p.edited() ? 1 : 0;
        if (p.step().hasRound()) {
            v++;
        }
        if (p.step().departmentReviewed()) {
            v++;
        }
        if (p.step() == RoundStep.APPROVED) {
            v++;
        }
        return v;
    }

    private static AuditChains.TimedEvent timed(AuditEvent event, java.time.Instant at) {
        return new AuditChains.TimedEvent(event, at);
    }
}
