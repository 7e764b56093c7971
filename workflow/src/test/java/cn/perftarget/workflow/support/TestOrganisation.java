package cn.perftarget.workflow.support;

import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh region for a test: bureau, a department with a three-digit code no demo department uses, two units, and
 * users — two drafters (one per unit), two department reviewers and their lead, and a fiscal reviewer in the section
 * F-DEFAULT, made responsible for the department (section_department, which routes its fiscal review; the section is
 * shared by all test regions).
 */
public final class TestOrganisation {

    /**
     * Department codes have three digits (a unit's code is its department's and three more; a longer one is not read
     * back from a document), so a test run has 900 of them: 900–999 first, then 500–899, then 100–499, skipping the
     * codes the database has already (the demo departments).
     */
    private static final AtomicInteger NEXT = new AtomicInteger();

    /** The password of every user of a test organisation (it passes the password policy). */
    public static final String PASSWORD = "Test-Password-2026";

    private static final String HASH =
            new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(PASSWORD);

    public final String region;
    public final Organisation department;
    public final Organisation unit1;
    public final Organisation unit2;
    public final AppUser drafter1;
    public final AppUser drafter2;
    public final AppUser reviewer1;
    public final AppUser reviewer2;
    public final AppUser lead;
    public final AppUser fiscal;

    private TestOrganisation(OrganisationRepository orgs, UserRepository users) {
        int n = code(NEXT.getAndIncrement());
        while (orgs.findByCode(String.valueOf(n)).isPresent()
                || orgs.findByCode("TB-" + n).isPresent()) {
            n = code(NEXT.getAndIncrement());
        }
        String dept = String.valueOf(n);
        region = "test-" + n;
        Organisation bureau = orgs.save(new Organisation(null, "TB-" + n, "测试财政局" + n, OrgKind.BUREAU, null, region));
        department = orgs.save(new Organisation(null, dept, "测试部门" + n, OrgKind.DEPARTMENT, bureau.id(), region));
        unit1 = orgs.save(
                new Organisation(null, dept + "001", "测试单位" + n + "-1", OrgKind.UNIT, department.id(), region));
        unit2 = orgs.save(
                new Organisation(null, dept + "002", "测试单位" + n + "-2", OrgKind.UNIT, department.id(), region));
        Organisation section = orgs.findByCode("F-DEFAULT")
                .orElseGet(() -> orgs.save(
                        new Organisation(null, "F-DEFAULT", "默认财政审核科室", OrgKind.SECTION, bureau.id(), region)));
        orgs.assignDepartment(section.id(), department.id());
        drafter1 = user(users, "d" + n + "a", unit1, Role.DRAFTER, false);
        drafter2 = user(users, "d" + n + "b", unit2, Role.DRAFTER, false);
        reviewer1 = user(users, "r" + n + "a", department, Role.DEPT_REVIEWER, false);
        reviewer2 = user(users, "r" + n + "b", department, Role.DEPT_REVIEWER, false);
        lead = user(users, "r" + n + "lead", department, Role.DEPT_REVIEWER, true);
        fiscal = user(users, "f" + n, section, Role.FISCAL_REVIEWER, false);
    }

    /** The {@code k}-th department code of the run. */
    private static int code(int k) {
        if (k < 100) {
            return 900 + k;
        }
        if (k < 500) {
            return 500 + (k - 100);
        }
        if (k < 900) {
            return 100 + (k - 500);
        }
        throw new IllegalStateException("no three-digit department code left for a test organisation");
    }

    public static TestOrganisation create(OrganisationRepository orgs, UserRepository users) {
        return new TestOrganisation(orgs, users);
    }

    private static AppUser user(UserRepository users, String username, Organisation org, Role role, boolean lead) {
        return users.save(username, "测试用户" + username, HASH, org.id(), Set.of(role), lead);
    }
}
