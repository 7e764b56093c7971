package cn.perftarget.workflow.admin.settings;

import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.AdminRegion;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.security.SecurityAudit;
import cn.perftarget.workflow.security.ServiceGate;
import cn.perftarget.workflow.settings.RegionWorkflowSettings;
import cn.perftarget.workflow.settings.RegionWorkflowSettingsRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审核流程 of a region: whether a resubmission after 中 goes through the department again, and the working days to a
 * review's due date and on to its escalation. They apply to review tasks created after the save (a waiting task keeps
 * its due dates).
 */
@Service
public class WorkflowSettingsAdministration {

    private final ServiceGate gate;
    private final RegionWorkflowSettingsRepository settings;
    private final SecurityAudit audit;

    WorkflowSettingsAdministration(ServiceGate gate, RegionWorkflowSettingsRepository settings, SecurityAudit audit) {
        this.gate = gate;
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public RegionWorkflowSettings read(AppUser admin, String region) {
        return gate.enter(
                admin,
                ServiceAction.READ_REGION_SETTINGS,
                "region:" + region,
                by -> settings.load(AdminRegion.requireRegion(by, region)));
    }

    /**
     * Stores the region's settings; refused (nothing stored) when a number of days is not 1 to 60.
     *
     * @return the settings now in force
     */
    @Transactional
    public RegionWorkflowSettings save(
            AppUser admin, String region, boolean resubmitViaDepartment, int reviewDays, int escalationDays) {
        return gate.enter(admin, ServiceAction.SAVE_WORKFLOW_SETTINGS, "region:" + region, by -> {
            AdminRegion.requireRegion(by, region);
            RegionWorkflowSettings next =
                    new RegionWorkflowSettings(region, resubmitViaDepartment, reviewDays, escalationDays);
            RegionWorkflowSettings before = settings.load(region);
            if (!next.equals(before)) {
                settings.save(next, by.username());
                audit.success(
                        SecurityEventType.ADMINISTRATION,
                        by.username(),
                        "settings:" + region,
                        SettingsDetails.WORKFLOW + " " + text(before) + " -> " + text(next));
            }
            return next;
        });
    }

    private static String text(RegionWorkflowSettings s) {
        return "resubmitViaDepartment=" + s.resubmitViaDepartment() + " reviewDays=" + s.reviewWorkingDays()
                + " escalationDays=" + s.escalationWorkingDays();
    }
}
