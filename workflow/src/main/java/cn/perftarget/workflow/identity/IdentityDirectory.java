package cn.perftarget.workflow.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.GroupQueryProperty;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.query.QueryProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Camunda's view of our users and groups, read from our own tables. Groups are not stored: they follow from the
 * organisation and the users' roles (see common.md, "Camunda group ids"). Every call is one SQL query.
 */
@Repository
class IdentityDirectory {

    /** Every group the organisation defines (id, name, type), whether it has members or not. */
    private static final String GROUPS = """
            select 'drafter-' || code as id, name || ' 编制人' as name, 'WORKFLOW' as type
              from organisation where kind = 'UNIT'
            union all
            select 'dept-reviewer-' || code, name || ' 审核人', 'WORKFLOW' from organisation where kind = 'DEPARTMENT'
            union all
            select 'fiscal-reviewer-' || code, name || ' 财政审核人', 'WORKFLOW' from organisation where kind = 'SECTION'
            union all
            select 'lead-' || code, name || ' 负责人', 'WORKFLOW' from organisation
            union all
            select 'auditor-' || region_code,
                   coalesce(min(name) filter (where kind = 'BUREAU'), region_code) || ' 查阅人', 'WORKFLOW'
              from organisation where region_code is not null group by region_code
            union all
            select 'camunda-admin', '运维人员', 'SYSTEM'
            """;

    /**
     * (user_id, group_id) for every membership. A department reviewer belongs to a department or, working in a
     * unit, reviews for the unit's department. A role that does not fit the user's organisation gives no group
     * (group_id null, never matched).
     */
    static final String MEMBERSHIPS = memberships("true");

    /** {@link #MEMBERSHIPS} of the users that satisfy {@code userCondition} (over {@code app_user u}). */
    static String memberships(String userCondition) {
        return """
            select u.username as user_id,
                   case r.role
                       when 'DRAFTER' then case when o.kind = 'UNIT' then 'drafter-' || o.code end
                       when 'DEPT_REVIEWER' then case
                           when o.kind = 'DEPARTMENT' then 'dept-reviewer-' || o.code
                           when o.kind = 'UNIT' and p.kind = 'DEPARTMENT' then 'dept-reviewer-' || p.code end
                       when 'FISCAL_REVIEWER' then case when o.kind = 'SECTION' then 'fiscal-reviewer-' || o.code end
                       when 'AUDITOR' then 'auditor-' || o.region_code
                       when 'OPERATOR' then 'camunda-admin'
                   end as group_id
              from app_user u
              join organisation o on o.id = u.organisation_id
              left join organisation p on p.id = o.parent_id
              join user_role r on r.user_id = u.id
             where %1$s
            union all
            select u.username, 'lead-' || o.code
              from app_user u join organisation o on o.id = u.organisation_id
             where u.is_lead and %1$s
            """.formatted(userCondition);
    }

    private static final Map<String, String> USER_ORDER = Map.of(
            UserQueryProperty.USER_ID.getName(), "u.username",
            UserQueryProperty.FIRST_NAME.getName(), "u.display_name");
    private static final Map<String, String> GROUP_ORDER = Map.of(
            GroupQueryProperty.GROUP_ID.getName(), "g.id",
            GroupQueryProperty.NAME.getName(), "g.name",
            GroupQueryProperty.TYPE.getName(), "g.type");

    private final JdbcClient jdbc;

    IdentityDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long countUsers(UserQueryImpl query) {
        Where where = userWhere(query);
        return jdbc.sql("with membership as (" + MEMBERSHIPS + ") select count(*) from app_user u" + where.sql())
                .params(where.params)
                .query(Long.class)
                .single();
    }

    List<User> findUsers(UserQueryImpl query, Page page) {
        Where where = userWhere(query);
        String sql = "with membership as (" + MEMBERSHIPS + ") select u.username, u.display_name from app_user u"
                + where.sql() + orderBy(query.getOrderingProperties(), USER_ORDER, "u.username") + limit(query, page);
        return jdbc.sql(sql)
                .params(where.params)
                .query((rs, i) -> {
                    UserEntity user = new UserEntity(rs.getString("username"));
                    user.setFirstName(rs.getString("display_name"));
                    user.setLastName("");
                    return (User) user;
                })
                .list();
    }

    long countGroups(GroupQueryImpl query) {
        Where where = groupWhere(query);
        return jdbc.sql(groupSelect("count(*)") + where.sql())
                .params(where.params)
                .query(Long.class)
                .single();
    }

    List<Group> findGroups(GroupQueryImpl query, Page page) {
        Where where = groupWhere(query);
        String sql = groupSelect("g.id, g.name, g.type")
                + where.sql()
                + orderBy(query.getOrderingProperties(), GROUP_ORDER, "g.id")
                + limit(query, page);
        return jdbc.sql(sql)
                .params(where.params)
                .query((rs, i) -> {
                    GroupEntity group = new GroupEntity(rs.getString("id"));
                    group.setName(rs.getString("name"));
                    group.setType(rs.getString("type"));
                    return (Group) group;
                })
                .list();
    }

    private static String groupSelect(String columns) {
        return "with grp as (" + GROUPS + "), membership as (" + MEMBERSHIPS + ") select " + columns + " from grp g";
    }

    /** We keep no last names and no e-mail addresses: the last name is "", the e-mail address absent. */
    private static Where userWhere(UserQueryImpl q) {
        Where w = new Where();
        w.add("id", q.getId(), "u.username = :id");
        w.addIn("ids", q.getIds(), "u.username in (:ids)");
        w.add("firstName", q.getFirstName(), "u.display_name = :firstName");
        w.add("firstNameLike", q.getFirstNameLike(), "u.display_name like :firstNameLike");
        w.add("lastName", q.getLastName(), "'' = :lastName");
        w.add("lastNameLike", q.getLastNameLike(), "'' like :lastNameLike");
        w.add("email", q.getEmail(), "false");
        w.add("emailLike", q.getEmailLike(), "false");
        w.add(
                "groupId",
                q.getGroupId(),
                "u.username in (select m.user_id from membership m where m.group_id = :groupId)");
        return w;
    }

    private static Where groupWhere(GroupQueryImpl q) {
        Where w = new Where();
        w.add("id", q.getId(), "g.id = :id");
        w.addIn("ids", q.getIds(), "g.id in (:ids)");
        w.add("name", q.getName(), "g.name = :name");
        w.add("nameLike", q.getNameLike(), "g.name like :nameLike");
        w.add("type", q.getType(), "g.type = :type");
        w.add("userId", q.getUserId(), "g.id in (select m.group_id from membership m where m.user_id = :userId)");
        return w;
    }

    private static String orderBy(
            List<QueryOrderingProperty> ordering, Map<String, String> columns, String tieBreaker) {
        List<String> terms = new ArrayList<>();
        for (QueryOrderingProperty p : ordering) {
            QueryProperty property = p.getQueryProperty();
            String column = property == null ? null : columns.get(property.getName());
            if (column != null) {
                terms.add(column + (p.getDirection() == Direction.DESCENDING ? " desc" : " asc"));
            }
        }
        terms.add(tieBreaker);
        return " order by " + String.join(", ", terms);
    }

    /** listPage(first, max) arrives in the query itself (the engine passes no Page then); list() asks for all. */
    private static String limit(ListQueryParameterObject query, Page page) {
        int first = page == null ? query.getFirstResult() : page.getFirstResult();
        int max = page == null ? query.getMaxResults() : page.getMaxResults();
        return (max == Integer.MAX_VALUE ? "" : " limit " + max) + (first == 0 ? "" : " offset " + first);
    }

    /** The conditions of the filters that are set, with their named parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();

        void add(String name, String value, String condition) {
            if (value != null) {
                conditions.add(condition);
                params.put(name, value);
            }
        }

        /** An empty id list matches nothing (SQL has no empty "in ()"). */
        void addIn(String name, String[] values, String condition) {
            if (values != null) {
                conditions.add(values.length == 0 ? "false" : condition);
                params.put(name, Arrays.asList(values));
            }
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}
