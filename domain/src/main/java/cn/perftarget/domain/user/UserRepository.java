package cn.perftarget.domain.user;

import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/** Users with their organisation and roles, each loaded in one query. */
@Repository
public class UserRepository {

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.password_hash, u.is_lead, u.enabled,
                   o.id as org_id, o.code as org_code, o.name as org_name, o.kind as org_kind,
                   o.parent_id as org_parent, o.region_code as org_region,
                   coalesce((select string_agg(r.role, ',') from user_role r where r.user_id = u.id), '') as roles
            from app_user u join organisation o on o.id = u.organisation_id
            """;

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AppUser> findByUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = :u")
                .param("u", username)
                .query(UserRepository::map)
                .optional();
    }

    public List<AppUser> findAll() {
        return jdbc.sql(SELECT + " order by u.username")
                .query(UserRepository::map)
                .list();
    }

    /** Users of one organisation, e.g. the colleagues a task may be transferred to. */
    public List<AppUser> findByOrganisation(long organisationId) {
        return jdbc.sql(SELECT + " where u.organisation_id = :o order by u.username")
                .param("o", organisationId)
                .query(UserRepository::map)
                .list();
    }

    /** Creates the user or, when the username exists, updates name, password hash, organisation and roles. */
    public AppUser save(
            String username,
            String displayName,
            String passwordHash,
            long organisationId,
            Set<Role> roles,
            boolean lead) {
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, organisation_id, is_lead)
                        values (:u, :n, :p, :o, :l)
                        on conflict (username) do update set display_name = excluded.display_name,
                            password_hash = excluded.password_hash, organisation_id = excluded.organisation_id,
                            is_lead = excluded.is_lead
                        returning id""")
                .param("u", username)
                .param("n", displayName)
                .param("p", passwordHash)
                .param("o", organisationId)
                .param("l", lead)
                .query(Long.class)
                .single();
        jdbc.sql("delete from user_role where user_id = :id").param("id", id).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (:id, :r)")
                    .param("id", id)
                    .param("r", role.name())
                    .update();
        }
        return findByUsername(username).orElseThrow();
    }

    /**
     * Creates the user with the roles unless the username is taken, and never changes an existing user.
     *
     * @return whether the user was created
     */
    public boolean createIfAbsent(
            String username,
            String displayName,
            String passwordHash,
            long organisationId,
            Set<Role> roles,
            boolean lead) {
        Optional<Long> id = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, organisation_id, is_lead)
                        values (:u, :n, :p, :o, :l)
                        on conflict (username) do nothing
                        returning id""")
                .param("u", username)
                .param("n", displayName)
                .param("p", passwordHash)
                .param("o", organisationId)
                .param("l", lead)
                .query(Long.class)
                .optional();
        id.ifPresent(created -> {
            for (Role role : roles) {
                jdbc.sql("insert into user_role (user_id, role) values (:id, :r)")
                        .param("id", created)
                        .param("r", role.name())
                        .update();
            }
        });
        return id.isPresent();
    }

    /** Replaces the user's roles; false when there is no such user. */
    public boolean setRoles(String username, Set<Role> roles) {
        Optional<Long> id = jdbc.sql("select id from app_user where username = :u")
                .param("u", username)
                .query(Long.class)
                .optional();
        id.ifPresent(user -> {
            jdbc.sql("delete from user_role where user_id = :id")
                    .param("id", user)
                    .update();
            for (Role role : roles) {
                jdbc.sql("insert into user_role (user_id, role) values (:id, :r)")
                        .param("id", user)
                        .param("r", role.name())
                        .update();
            }
        });
        return id.isPresent();
    }

    /** Moves the user to another organisation; false when there is no such user. */
    public boolean moveTo(String username, long organisationId) {
        return jdbc.sql("update app_user set organisation_id = :o where username = :u")
                        .param("u", username)
                        .param("o", organisationId)
                        .update()
                > 0;
    }

    // ---------------------------------------------------------------- the 系统管理员's list

    private static final String LIST_SELECT = """
            select u.id, u.username, u.display_name, u.password_hash, u.is_lead, u.enabled,
                   u.locked_until, u.must_change_password,
                   o.id as org_id, o.code as org_code, o.name as org_name, o.kind as org_kind,
                   o.parent_id as org_parent, o.region_code as org_region,
                   coalesce((select string_agg(r.role, ',') from user_role r where r.user_id = u.id), '') as roles
            from app_user u join organisation o on o.id = u.organisation_id
            """;

    private static final String LIST_WHERE = """
             where o.region_code = :region
               and (cast(:text as varchar) is null
                    or u.username ilike cast(:text as varchar) escape '\\'
                    or u.display_name ilike cast(:text as varchar) escape '\\')
               and (cast(:org as bigint) is null or u.organisation_id = cast(:org as bigint))
               and (cast(:role as varchar) is null
                    or exists (select 1 from user_role r where r.user_id = u.id and r.role = cast(:role as varchar)))
               and (cast(:enabled as boolean) is null or u.enabled = cast(:enabled as boolean))
               and (cast(:locked as boolean) is null
                    or (u.locked_until is not null and u.locked_until > :now) = cast(:locked as boolean))
            """;

    /** The users of the filter, by username, a page of them. */
    public List<UserListEntry> search(UserFilter filter, Instant now, int offset, int limit) {
        return bind(
                        jdbc.sql(LIST_SELECT + LIST_WHERE + " order by u.username offset :offset limit :limit"),
                        filter,
                        now)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, i) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    return new UserListEntry(
                            map(rs, i),
                            locked == null ? null : locked.toInstant(),
                            rs.getBoolean("must_change_password"));
                })
                .list();
    }

    public int count(UserFilter filter, Instant now) {
        return bind(
                        jdbc.sql("select count(*) from app_user u join organisation o on o.id = u.organisation_id "
                                + LIST_WHERE),
                        filter,
                        now)
                .query(Integer.class)
                .single();
    }

    private static StatementSpec bind(StatementSpec sql, UserFilter filter, Instant now) {
        String text = filter.text() == null || filter.text().isBlank()
                ? null
                : "%"
                        + filter.text()
                                .strip()
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
        return sql.param("region", filter.regionCode())
                .param("text", text)
                .param("org", filter.organisationId())
                .param("role", filter.role() == null ? null : filter.role().name())
                .param("enabled", filter.enabled())
                .param("locked", filter.locked())
                .param("now", Timestamp.from(now));
    }

    /** A new account with its roles; false when the username is taken (nothing is changed then). */
    public boolean create(
            String username, String displayName, String passwordHash, long organisationId, Set<Role> roles) {
        return createIfAbsent(username, displayName, passwordHash, organisationId, roles, false);
    }

    /** Name and organisation of an account. */
    public void update(String username, String displayName, long organisationId) {
        jdbc.sql("update app_user set display_name = :n, organisation_id = :o where username = :u")
                .param("u", username)
                .param("n", displayName)
                .param("o", organisationId)
                .update();
    }

    /** How many accounts the organisation has, and how many of them are enabled. */
    public int enabledIn(long organisationId) {
        return jdbc.sql("select count(*) from app_user where organisation_id = :o and enabled")
                .param("o", organisationId)
                .query(Integer.class)
                .single();
    }

    private static AppUser map(ResultSet rs, int row) throws SQLException {
        Organisation org = new Organisation(
                rs.getLong("org_id"),
                rs.getString("org_code"),
                rs.getString("org_name"),
                OrgKind.valueOf(rs.getString("org_kind")),
                (Long) rs.getObject("org_parent"),
                rs.getString("org_region"));
        String roles = rs.getString("roles");
        Set<Role> set = roles.isEmpty()
                ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles.split(","))
                        .map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new AppUser(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                org,
                set,
                rs.getBoolean("is_lead"),
                rs.getBoolean("enabled"));
    }
}
