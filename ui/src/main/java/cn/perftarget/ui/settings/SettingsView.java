package cn.perftarget.ui.settings;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.workflow.admin.settings.CalendarAdministration;
import cn.perftarget.workflow.admin.settings.FrameworkAdministration;
import cn.perftarget.workflow.admin.settings.RuleSettingsAdministration;
import cn.perftarget.workflow.admin.settings.WorkflowSettingsAdministration;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 系统设置 (系统管理员) of the administrator's region, in four tabs: 审核流程, 工作日历, 指标体系, 预审规则. Every change
 * goes through the workflow's settings services (checked, refused in the user's language with nothing changed, in
 * the security log). Ids: {@code settings-tabs}; the tabs {@code settings-tab-workflow}, {@code settings-tab-calendar},
 * {@code settings-tab-framework}, {@code settings-tab-rules}; each tab's fields as its class says.
 */
@Route("admin/settings")
@Menu(order = 22.7, icon = "vaadin:cog", title = "nav.settings")
@RolesAllowed("SYSTEM_ADMIN")
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    public SettingsView(
            CurrentUser currentUser,
            WorkflowSettingsAdministration workflowSettings,
            CalendarAdministration calendars,
            FrameworkAdministration frameworks,
            RuleSettingsAdministration rules) {
        AppUser user = currentUser.require();
        String region = user.organisation().regionCode();
        TabSheet tabs = new TabSheet();
        tabs.setId("settings-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("settings.tab.workflow"), new WorkflowSettingsTab(user, region, workflowSettings))
                .setId("settings-tab-workflow");
        tabs.add(getTranslation("settings.tab.calendar"), new CalendarTab(user, region, calendars))
                .setId("settings-tab-calendar");
        tabs.add(getTranslation("settings.tab.framework"), new FrameworkTab(user, region, frameworks))
                .setId("settings-tab-framework");
        tabs.add(getTranslation("settings.tab.rules"), new RuleSettingsTab(user, region, rules))
                .setId("settings-tab-rules");
        add(
                new H2(getTranslation("settings.title")),
                new Paragraph(
                        getTranslation("settings.region", user.organisation().name(), region)),
                tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
