package cn.perftarget.bench;

import cn.perftarget.bench.data.BenchOrganisation;
import cn.perftarget.bench.data.DataGenerator;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.approval.ApprovalService;
import java.util.HashMap;
import java.util.Map;

/**
 * The drafts both sides of the API benchmark take through the review, made the same way for both (not measured): a
 * submittable variant of a seed table, created by the unit's drafter through the approval service. Draft i belongs
 * to the unit i·7919 mod units, so that drafters, departments and sections rotate as in the approval throughput.
 */
final class RoundTables {

    /** A created draft and the people who act on it. */
    record Draft(long tableId, String projectCode, String drafter, String departmentReviewer, String fiscalReviewer) {}

    private final ApprovalService approvals;
    private final DataGenerator generator;
    private final BenchOrganisation org;
    private final UserRepository users;
    private final Map<String, AppUser> userCache = new HashMap<>();

    RoundTables(ApprovalService approvals, DataGenerator generator, UserRepository users) {
        this.approvals = approvals;
        this.generator = generator;
        this.org = generator.organisation();
        this.users = users;
    }

    Draft create(int i) {
        BenchOrganisation.Unit unit =
                org.units().get(Math.floorMod(i * 7919, org.units().size()));
        TargetTable content = generator.submittableTable(unit);
        long id = approvals.create(user(unit.drafter()), content).tableId();
        return new Draft(
                id,
                content.projectCode(),
                unit.drafter(),
                unit.department().reviewers().get(0),
                org.section(unit.department().sectionCode()).reviewers().get(0));
    }

    /** Every person who acts in some draft's round: drafters, each department's and each section's first reviewer. */
    java.util.List<String> actors() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        for (BenchOrganisation.Unit unit : org.units()) {
            all.add(unit.drafter());
            all.add(unit.department().reviewers().get(0));
            all.add(org.section(unit.department().sectionCode()).reviewers().get(0));
        }
        return java.util.List.copyOf(all);
    }

    AppUser user(String username) {
        return userCache.computeIfAbsent(username, u -> users.findByUsername(u).orElseThrow());
    }
}
