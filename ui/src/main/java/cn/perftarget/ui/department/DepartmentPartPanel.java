package cn.perftarget.ui.department;

import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.importer.SubTarget;
import cn.perftarget.workflow.department.DepartmentPart;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/**
 * The department's part of the table's year beside the table in the review, read-only and collapsible: 总体绩效目标,
 * 分项绩效目标 (each item with its target and indicators, or the section as written), 保障措施, and a link to the
 * department's screen. Id: {@code review-department-part}.
 */
public final class DepartmentPartPanel extends Details {

    /** @param withLink whether to link to the department's screen (the roles that may open it) */
    public DepartmentPartPanel(DepartmentPart part, boolean withLink) {
        setSummaryText(getTranslation("department.panel.title", String.valueOf(part.fiscalYear())));
        setId("review-department-part");
        DepartmentTargets c = part.content();
        Div body = new Div();
        body.getStyle().set("font-size", "var(--lumo-font-size-s)");
        section(body, "department.overall", c.overallGoal());
        body.add(new H5(getTranslation("department.subTargets")));
        if (!c.subTargets().isEmpty()) {
            OrderedList items = new OrderedList();
            items.setId("review-department-items");
            for (SubTarget s : c.subTargets()) {
                ListItem item = new ListItem(new Span(s.title()));
                if (!s.goal().isBlank()) {
                    item.add(new Div(getTranslation("department.panel.goal", s.goal())));
                }
                if (!s.indicator().isBlank()) {
                    item.add(new Div(getTranslation("department.panel.indicator", s.indicator())));
                }
                items.add(item);
            }
            body.add(items);
        } else {
            body.add(text(c.subTargetText()));
        }
        section(body, "department.measures", c.measures());
        if (withLink) {
            RouterLink open = new RouterLink(getTranslation("department.panel.open"), DepartmentTargetsView.class);
            open.setQueryParameters(
                    DepartmentTargetsView.forDepartment(part.department().code(), part.fiscalYear()));
            open.setId("review-department-open");
            body.add(open);
        }
        add(body);
        setOpened(false);
    }

    private void section(Div body, String titleKey, String text) {
        body.add(new H5(getTranslation(titleKey)));
        body.add(text(text));
    }

    private static Paragraph text(String text) {
        Paragraph p = new Paragraph(text);
        p.getStyle().set("white-space", "pre-line").set("margin", "0");
        return p;
    }
}
