package cn.perftarget.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.workflow.access.AccessPolicy;
import cn.perftarget.workflow.access.Grant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every route that takes a table id (found in the router, not listed by hand) × the nine kinds of user × a table in
 * their scope and out of it: the view opens exactly where the access policy grants the route's {@link TableRouteAction},
 * and otherwise the table is not shown. The table is a demo table of unit 442001 (秦皇岛, department 442, section
 * F-QHD-1); out of scope are the users of 唐山路南 (region 130202).
 */
class TableRouteMatrixTest extends KaribuTest {

    @Autowired
    UserRepository users;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    JdbcTemplate jdbc;

    /** The nine kinds of user: the role, and in-scope and out-of-scope usernames. */
    private record Principal(String kind, Role role, String in, String out) {}

    @TestFactory
    Stream<DynamicTest> everyTableRouteAsEveryUserInAndOutOfScope() {
        List<Principal> principals = principals();
        long table = jdbc.queryForObject(
                "select t.id from target_table t join organisation o on o.id = t.unit_id"
                        + " where o.code = '442001' order by t.id limit 1",
                Long.class);
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> r.getTemplate().contains(":id") || r.getTemplate().contains(":tableId"))
                .toList();
        assertThat(routes).as("the routes that take a table id").hasSizeGreaterThanOrEqualTo(3);
        List<DynamicTest> tests = new ArrayList<>();
        for (RouteData route : routes) {
            Class<? extends Component> view = route.getNavigationTarget();
            TableRouteAction action = view.getAnnotation(TableRouteAction.class);
            tests.add(DynamicTest.dynamicTest(route.getTemplate() + " declares its action", () -> {
                assertThat(action)
                        .as("%s takes a table id: annotate it with @TableRouteAction", view.getSimpleName())
                        .isNotNull();
                Grant grant = AccessPolicy.grant(action.value());
                RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
                if (roles != null) {
                    assertThat(Arrays.stream(roles.value()).map(Role::valueOf))
                            .as("the view's annotation allows no role the policy does not grant")
                            .isSubsetOf(grant.roles());
                } else {
                    assertThat(view.getAnnotation(PermitAll.class)).isNotNull();
                }
            }));
            if (action == null) {
                continue;
            }
            Grant grant = AccessPolicy.grant(action.value());
            String location = route.getTemplate()
                    .replace(":tableId", String.valueOf(table))
                    .replace(":id", String.valueOf(table));
            for (Principal p : principals) {
                for (boolean inScope : new boolean[] {true, false}) {
                    boolean allowed = grant.roles().contains(p.role())
                            && (inScope || !grant.reach().scoped());
                    String username = inScope ? p.in() : p.out();
                    tests.add(DynamicTest.dynamicTest(
                            "%s %s scope (%s) · %s → %s"
                                    .formatted(
                                            p.kind(),
                                            inScope ? "IN" : "OUT",
                                            username,
                                            location,
                                            allowed ? "opens" : "refused"),
                            () -> {
                                // a fresh UI per case, as a fresh browser session: views keep their user
                                tearDownVaadin();
                                setUpVaadin();
                                login(username);
                                UI.getCurrent().navigate(location);
                                assertThat(view.isInstance(currentView()))
                                        .as("%s opens %s", username, location)
                                        .isEqualTo(allowed);
                            }));
                }
            }
        }
        return tests.stream();
    }

    /** The demo users, and for the kinds the demo has no user of out of scope, one of 唐山路南 made here. */
    private List<Principal> principals() {
        List<Principal> list = new ArrayList<>();
        list.add(new Principal("DRAFTER", Role.DRAFTER, "bianzhi", "lunan"));
        list.add(new Principal("DEPT_REVIEWER", Role.DEPT_REVIEWER, "bumen", "bumen-ln"));
        list.add(new Principal("FISCAL_REVIEWER", Role.FISCAL_REVIEWER, "caizheng", "caizheng-ln"));
        list.add(new Principal(
                "SECTION_LEAD",
                Role.FISCAL_REVIEWER,
                "caizhenglead",
                outOfScope("F-TSLN-1", Role.FISCAL_REVIEWER, true)));
        list.add(new Principal("AUDITOR", Role.AUDITOR, "shenji", outOfScope("F-TSLN", Role.AUDITOR, false)));
        list.add(new Principal(
                "SYSTEM_ADMIN", Role.SYSTEM_ADMIN, "admin", outOfScope("F-TSLN", Role.SYSTEM_ADMIN, false)));
        list.add(new Principal(
                "SECURITY_ADMIN", Role.SECURITY_ADMIN, "anquan", outOfScope("F-TSLN", Role.SECURITY_ADMIN, false)));
        list.add(new Principal(
                "AUDIT_ADMIN", Role.AUDIT_ADMIN, "shenjiguan", outOfScope("F-TSLN", Role.AUDIT_ADMIN, false)));
        list.add(new Principal("OPERATOR", Role.OPERATOR, "yunwei", outOfScope("F-TSLN", Role.OPERATOR, false)));
        return list;
    }

    private String outOfScope(String organisationCode, Role role, boolean lead) {
        String username = "route-" + role.name().toLowerCase() + (lead ? "-lead" : "");
        if (users.findByUsername(username).isEmpty()) {
            long org = organisations.findByCode(organisationCode).orElseThrow().savedId();
            users.save(username, "路由矩阵用户", "{noop}unused", org, Set.of(role), lead);
        }
        return username;
    }
}
