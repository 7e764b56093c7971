package cn.perftarget.workflow.routing;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The consistency check at start, after the demo organisation is loaded: an organisation in which a department with
 * units has no responsible section (possible only behind the application's back, since every save refuses it) stops
 * the start with a message naming the departments; give each a section ({@code section_department}) and start again.
 */
@Component
@Order(20)
class RoutingCheckAtStart implements ApplicationRunner {

    private final RoutingCheck check;

    RoutingCheckAtStart(RoutingCheck check) {
        this.check = check;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Organisation> missing = check.departmentsWithoutSection(null);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(WorkflowTexts.chinese(
                            Message.of("error.routing.departmentWithoutSection", RoutingCheck.names(missing)))
                    + " / departments without a responsible fiscal section: " + RoutingCheck.names(missing));
        }
    }
}
