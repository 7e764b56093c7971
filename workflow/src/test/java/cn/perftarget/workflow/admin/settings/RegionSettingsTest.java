package cn.perftarget.workflow.admin.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.office.lists.ListWorkbook;
import cn.perftarget.domain.rules.RuleSetting;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.security.SecurityLogEntry;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.settings.RegionWorkflowSettings;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.TestOrganisation;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The settings of a region as its 系统管理员 keeps them: read and saved, bad input refused in Chinese with nothing
 * changed, each change in the security log, and each taking effect — the calendar and the working days on new review
 * tasks' due dates, the framework and the rule settings on the findings of the region's tables, and no other region
 * touched.
 */
class RegionSettingsTest extends WorkflowTestSupport {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    WorkflowSettingsAdministration workflowSettings;

    @Autowired
    CalendarAdministration calendar;

    @Autowired
    FrameworkAdministration frameworks;

    @Autowired
    RuleSettingsAdministration rules;

    @Autowired
    SecurityLog securityLog;

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    @Test
    void theWorkflowSettingsAreSavedLoggedAndABadNumberIsRefused() {
        TestOrganisation org = newOrganisation();
        AppUser admin = administratorOf(org, Role.SYSTEM_ADMIN);
        assertThat(workflowSettings.read(admin, org.region)).isEqualTo(RegionWorkflowSettings.defaults(org.region));

        workflowSettings.save(admin, org.region, true, 5, 1);

        assertThat(workflowSettings.read(admin, org.region))
                .isEqualTo(new RegionWorkflowSettings(org.region, true, 5, 1));
        assertThat(latest(admin, "settings:" + org.region).event().details())
                .isEqualTo("security.detail.workflowSettings resubmitViaDepartment=false reviewDays=3 escalationDays=2"
                        + " -> resubmitViaDepartment=true reviewDays=5 escalationDays=1");

        assertThatThrownBy(() -> workflowSettings.save(admin, org.region, false, 0, 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("审核期限应为1至60个工作日");
        assertThatThrownBy(() -> workflowSettings.save(admin, org.region, false, 3, 61))
                .hasMessage("上报期限应为1至60个工作日");
        assertThat(workflowSettings.read(admin, org.region))
                .as("nothing changed")
                .isEqualTo(new RegionWorkflowSettings(org.region, true, 5, 1));
    }

    @Test
    void anAdministratorOfAnotherRegionIsRefusedAndTheRefusalLogged() {
        TestOrganisation org = newOrganisation();
        TestOrganisation other = newOrganisation();
        AppUser otherAdmin = administratorOf(other, Role.SYSTEM_ADMIN);

        assertThatThrownBy(() -> workflowSettings.save(otherAdmin, org.region, true, 9, 9))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("区划 " + org.region + " 不是您管理的区划");
        assertThatThrownBy(() -> rules.rules(otherAdmin, org.region)).isInstanceOf(NotAllowedException.class);
        assertThat(workflowSettings.read(administratorOf(org, Role.SYSTEM_ADMIN), org.region))
                .isEqualTo(RegionWorkflowSettings.defaults(org.region));
        assertThat(securityLog.latest(SecurityEventType.ACCESS_REFUSED, 5))
                .anyMatch(e -> e.event().subject().equals(otherAdmin.username())
                        && ("SAVE_WORKFLOW_SETTINGS region:" + org.region)
                                .equals(e.event().object()));
        // the drafter has no right to the settings at all
        assertThatThrownBy(() -> workflowSettings.read(org.drafter1, org.region))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aPastedCalendarIsPreviewedWithItsProblemsAndRefusedUntilEveryLineIsRight() {
        TestOrganisation org = newOrganisation();
        AppUser admin = administratorOf(org, Role.SYSTEM_ADMIN);
        String withProblems = """
                # 2030年 国庆
                2030-10-01~2030-10-07 休 国庆节、中秋节
                2030-09-29 班 国庆节调休
                2030-02-30 休
                2031-01-01 休 元旦
                2030-10-03 班
                国庆节放假七天
                2030/10/12 补班
                """;

        CalendarPreview preview = calendar.preview(admin, org.region, 2030, withProblems);

        assertThat(preview.lines()).hasSize(7);
        assertThat(problems(preview))
                .containsExactly(
                        "4: 日期 2030-02-30 不存在",
                        "5: 日期 2031-01-01 不在 2030 年内",
                        "6: 2030-10-03 已在第 2 行设为另一类别",
                        "7: 无法识别，应为“日期 休/班 名称”，如“2025-10-01 休 国庆节”或“2025-10-01~2025-10-08 休 国庆节”");
        assertThat(preview.holidays()).isEqualTo(7);
        assertThat(preview.workingDays()).isEqualTo(2);
        assertThat(preview.days().get(0).day()).isEqualTo(LocalDate.of(2030, 9, 29));
        assertThat(preview.days().get(1).name()).isEqualTo("国庆节、中秋节");

        assertThatThrownBy(() -> calendar.save(admin, org.region, 2030, withProblems))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("有 4 行存在问题，工作日历未保存（第 4 行：日期 2030-02-30 不存在）");
        assertThat(calendar.read(admin, org.region, 2030).regionOwn())
                .as("nothing stored")
                .isFalse();

        String good = """
                2030-10-01~2030-10-07 休 国庆节、中秋节
                2030-09-29 班 国庆节调休
                """;
        calendar.save(admin, org.region, 2030, good);
        CalendarYear saved = calendar.read(admin, org.region, 2030);
        assertThat(saved.regionOwn()).isTrue();
        assertThat(saved.days()).hasSize(8);
        assertThat(saved.text()).startsWith("2030-09-29 班 国庆节调休\n2030-10-01 休 国庆节、中秋节\n");
        assertThat(latest(admin, "calendar:" + org.region + ":2030").event().details())
                .startsWith("security.detail.calendarSaved 2030 (text) common -> off=7 work=1; +2030-09-29 work");
        assertThatThrownBy(() -> calendar.save(admin, org.region, 1999, good)).hasMessage("年度应在 2000 至 2100 之间");
    }

    @Test
    void theRegionsCalendarMovesTheDueDatesOfItsNewReviewTasksOnly() {
        TestOrganisation org = newOrganisation();
        TestOrganisation other = newOrganisation();
        AppUser admin = administratorOf(org, Role.SYSTEM_ADMIN);
        calendar.save(admin, org.region, 2030, "2030-10-01~2030-10-07 休 国庆节\n2030-09-29 班 调休\n");
        ClockUtil.setCurrentTime(at(LocalDate.of(2030, 9, 27), 10)); // Friday

        long ours = submitted(org.drafter1);
        long theirs = submitted(other.drafter1);

        // Sun 29 (班), Mon 30, then the holiday up to Mon 7: the third working day is Tue 8
        assertThat(task(ours).getDueDate()).isEqualTo(at(LocalDate.of(2030, 10, 8), 18));
        assertThat(task(theirs).getDueDate()).isEqualTo(at(LocalDate.of(2030, 10, 2), 18));
    }

    @Test
    void theWorkingDaysOfTheRegionApplyToItsNextReviewTask() {
        TestOrganisation org = newOrganisation();
        AppUser admin = administratorOf(org, Role.SYSTEM_ADMIN);
        workflowSettings.save(admin, org.region, false, 1, 1);
        ClockUtil.setCurrentTime(at(LocalDate.of(2030, 3, 1), 10)); // Friday

        long id = submitted(org.drafter1);

        assertThat(task(id).getDueDate()).isEqualTo(at(LocalDate.of(2030, 3, 4), 18));
    }

    @Test
    void aCalendarIsImportedFromAnExcelSheetWithAPreview() {
        TestOrganisation org = newOrganisation();
        AppUser admin = administratorOf(org, Role.SYSTEM_ADMIN);
        byte[] sheet = ListWorkbook.xlsx(
                "日历",
                List.of("日期", "类别", "名称"),
                List.of(
                        List.of("2030-01-01", "休", "元旦"),
                        List.of("2030-02-02", "班", "春节调休"),
                        List.of("2030-13-01", "休", "")));

        CalendarPreview preview = calendar.previewSheet(admin, org.region, 2030, "calendar.xlsx", sheet);

        assertThat(problems(preview)).containsExactly("4: 日期 2030-13-01 不存在");
        assertThat(preview.days()).hasSize(2);
        assertThatThrownBy(() -> calendar.saveSheet(admin, org.region, 2030, "calendar.xlsx", sheet))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> calendar.previewSheet(admin, org.region, 2030, "calendar.docx", new byte[] {1, 2}))
                .isInstanceOf(InvalidInputException.class);
        byte[] good = ListWorkbook.xlsx("日历", List.of("日期", "类别", "名称"), List.of(List.of("2030-01-01", "休", "元旦")));
        calendar.saveSheet(admin, org.region, 2030, "calendar.xlsx", good);
        assertThat(calendar.read(admin, org.region, 2030).days())
                .singleElement()
                .satisfies(d -> assertThat(d.name()).isEqualTo("元旦"));
    }

    @Test
    void theFrameworkOfAYearChangesTheFindingsOfTheRegionsTablesOfThatYear() {
        TestOrganisation org = newOrganisation();
        TestOrganisation other = newOrganisation();
        AppUser admin = administratorOf(org, Role.SYSTEM_ADMIN);
        long ours = create(org.drafter1, SeedContent.clean());
        long theirs = create(other.drafter1, SeedContent.clean());
        int year = table(ours).fiscalYear();
        List<String> before = findings(org.drafter1, ours);
        List<String> theirsBefore = findings(other.drafter1, theirs);
        FrameworkYear standard = yearOf(frameworks.years(admin, org.region), year);
        assertThat(standard.chosen()).isFalse();
        String chosen = standard.frameworkId().equals("2015") ? "2021" : "2015";

        frameworks.save(admin, org.region, year, chosen);

        FrameworkYear now = yearOf(frameworks.years(admin, org.region), year);
        assertThat(now.chosen()).isTrue();
        assertThat(now.frameworkId()).isEqualTo(chosen);
        assertThat(findings(org.drafter1, ours)).isNotEqualTo(before);
        assertThat(findings(other.drafter1, theirs)).as("another region").isEqualTo(theirsBefore);
        assertThat(latest(admin, "framework:" + org.region + ":" + year).event().details())
                .isEqualTo("security.detail.frameworkYear " + year + " catalogue -> " + chosen);
        assertThatThrownBy(() -> frameworks.save(admin, org.region, year, "1999"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("指标体系 1999 不存在");

        frameworks.save(admin, org.region, year, null);
        assertThat(findings(org.drafter1, ours)).isEqualTo(before);
    }

    @Test
    void aRuleSwitchedOffChangesTheFindingsOfAsManyOpenTablesAsThePreviewSaid() {
        TestOrganisation org = newOrganisation();
        TestOrganisation other = newOrganisation();
        AppUser admin = administratorOf(org, Role.SYSTEM_ADMIN);
        long approved = atFiscalReview(org.drafter1, org.reviewer1);
        approvals.grade(org.fiscal, taskId(approved), Grade.EXCELLENT, null, null);
        assertThat(status(approved)).isEqualTo(TableStatus.APPROVED);
        Map<Long, AppUser> open = new LinkedHashMap<>();
        open.put(create(org.drafter1, SeedContent.clean().withGoals("")), org.drafter1);
        open.put(create(org.drafter2, SeedContent.clean()), org.drafter2);
        open.put(submitted(org.drafter2), org.drafter2);
        open.put(create(org.drafter1, SeedContent.qhd(1)), org.drafter1);
        long elsewhere = create(other.drafter1, SeedContent.clean().withGoals(""));
        // a rule with findings on the approved table if there is one (so a closed table changes too), else on the first
        List<String> ofApproved = findings(org.drafter1, approved);
        long first = open.keySet().iterator().next();
        String ruleId = (ofApproved.isEmpty() ? findings(org.drafter1, first) : ofApproved)
                .get(0)
                .split(" ")[0];
        Map<Long, List<String>> before = new HashMap<>();
        open.forEach((id, drafter) -> before.put(id, findings(drafter, id)));
        List<String> elsewhereBefore = findings(other.drafter1, elsewhere);
        List<String> approvedBefore = findings(org.drafter1, approved);
        Map<String, RuleSetting> proposed = Map.of(ruleId, new RuleSetting(false, null, Map.of()));

        List<int[]> progress = new ArrayList<>();
        Impact preview = rules.preview(admin, org.region, proposed, (c, t, n) -> progress.add(new int[] {c, t, n}));
        assertThat(rules.rules(admin, org.region).stream()
                        .filter(r -> r.info().id().equals(ruleId))
                        .findFirst()
                        .orElseThrow()
                        .setting()
                        .enabled())
                .as("a preview stores nothing")
                .isTrue();

        Impact saved = rules.save(admin, org.region, proposed);

        int changed = 0;
        for (Map.Entry<Long, AppUser> e : open.entrySet()) {
            List<String> now = findings(e.getValue(), e.getKey());
            assertThat(now).noneMatch(f -> f.startsWith(ruleId + " "));
            if (!now.equals(before.get(e.getKey()))) {
                changed++;
            }
        }
        assertThat(changed).isPositive();
        assertThat(preview.checked()).isEqualTo(open.size());
        assertThat(preview.changed()).isEqualTo(changed);
        assertThat(saved).isEqualTo(preview);
        assertThat(progress.get(progress.size() - 1)).containsExactly(open.size(), open.size(), changed);
        if (!approvedBefore.isEmpty()) {
            assertThat(findings(org.drafter1, approved))
                    .as("a closed table's findings change too, but it is not counted")
                    .isNotEqualTo(approvedBefore);
        }
        assertThat(findings(other.drafter1, elsewhere)).as("another region").isEqualTo(elsewhereBefore);
        assertThat(latest(admin, "rule:" + org.region + ":" + ruleId).event().details())
                .isEqualTo(
                        "security.detail.ruleSetting " + ruleId + " on default {} -> off default {} (" + changed + ")");
        assertThat(jdbc.queryForObject(
                        "select not (finding_rules @> array[?::text]) from target_table where id = ?",
                        Boolean.class,
                        ruleId,
                        first))
                .as("the region list's index follows")
                .isTrue();
    }

    @Test
    void badRuleValuesAreRefusedInChineseAndNothingIsStored() {
        TestOrganisation org = newOrganisation();
        AppUser admin = administratorOf(org, Role.SYSTEM_ADMIN);
        RuleRow r03 = rules.rules(admin, org.region).stream()
                .filter(r -> r.info().id().equals("R03"))
                .findFirst()
                .orElseThrow();
        assertThat(r03.valueText(r03.info().parameters().get(0))).isEqualTo("6");

        assertThatThrownBy(() -> rules.save(
                        admin, org.region, Map.of("R03", new RuleSetting(true, null, Map.of("minLength", "六")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("规则R03的参数minLength应为数字：六");
        assertThatThrownBy(() -> rules.save(
                        admin, org.region, Map.of("R03", new RuleSetting(true, null, Map.of("minLength", "-1")))))
                .hasMessage("规则R03的参数minLength不能为负数：-1");
        assertThatThrownBy(() -> rules.preview(
                        admin, org.region, Map.of("R99", new RuleSetting(false, null, Map.of())), ImpactProgress.NONE))
                .hasMessage("未知规则：R99");
        assertThat(rules.rules(admin, org.region)).allMatch(r -> r.setting().equals(RuleSetting.DEFAULT));

        // a value equal to the default is not stored; a severity and a changed threshold are
        rules.save(
                admin,
                org.region,
                Map.of(
                        "R03", new RuleSetting(true, Severity.INFO, Map.of("minLength", "6.0")),
                        "R04", new RuleSetting(true, null, Map.of("minLength", "8"))));
        Map<String, RuleSetting> stored = new HashMap<>();
        rules.rules(admin, org.region).forEach(r -> stored.put(r.info().id(), r.setting()));
        assertThat(stored.get("R03")).isEqualTo(new RuleSetting(true, Severity.INFO, Map.of()));
        assertThat(stored.get("R04").parameters().get("minLength").toString()).isEqualTo("8");
    }

    /** What the table's findings say as the review screen shows them (a fix by its label). */
    private List<String> findings(AppUser reader, long id) {
        return this.reader.findings(reader, id, table(id).content()).stream()
                .map(f ->
                        f + " " + f.optionalFix().map(x -> x.label().toString()).orElse(""))
                .toList();
    }

    private static List<String> problems(CalendarPreview preview) {
        return preview.lines().stream()
                .filter(l -> !l.ok())
                .map(l -> l.number() + ": " + WorkflowTexts.chinese(l.problems().get(0)))
                .toList();
    }

    private static FrameworkYear yearOf(List<FrameworkYear> years, int year) {
        return years.stream().filter(y -> y.fiscalYear() == year).findFirst().orElseThrow();
    }

    private SecurityLogEntry latest(AppUser admin, String object) {
        return securityLog.latest(SecurityEventType.ADMINISTRATION, 20).stream()
                .filter(e -> e.event().subject().equals(admin.username())
                        && object.equals(e.event().object()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + object));
    }

    private static Date at(LocalDate day, int hour) {
        return Date.from(ZonedDateTime.of(day.atTime(hour, 0), SHANGHAI).toInstant());
    }
}
