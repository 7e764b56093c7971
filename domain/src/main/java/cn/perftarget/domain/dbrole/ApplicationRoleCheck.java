package cn.perftarget.domain.dbrole;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the role the application connects as could change the audit behind its own back: a superuser, a member
 * of the audit tables' owner (who may disable their triggers), or a role with UPDATE, DELETE or TRUNCATE on an
 * append-only table. Such a role is refused unless {@code perftarget.db.allow-superuser} is set.
 */
final class ApplicationRoleCheck {

    /** Per append-only table: the application role owns it (or is a member of its owner), or may change it. */
    private static final String RIGHTS = """
            select c.relname,
                   pg_has_role(current_user, c.relowner, 'MEMBER') as owner,
                   has_table_privilege(current_user, c.oid, 'UPDATE')
                   or has_table_privilege(current_user, c.oid, 'DELETE')
                   or has_table_privilege(current_user, c.oid, 'TRUNCATE') as writable
              from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'public' and c.relname = any (?)
             order by c.relname""";

    private ApplicationRoleCheck() {}

    /** The role of this connection. */
    static String currentRole(Connection application) throws SQLException {
        try (PreparedStatement st = application.prepareStatement("select current_user");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    static boolean isSuperuser(Connection connection) throws SQLException {
        try (PreparedStatement st =
                        connection.prepareStatement("select rolsuper from pg_roles where rolname = current_user");
                ResultSet rs = st.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** What makes the connection's role unfit to run the application, if anything. */
    static Optional<Message> refusal(Connection application) throws SQLException {
        String role = currentRole(application);
        if (isSuperuser(application)) {
            return Optional.of(Message.of("db.role.superuser", role));
        }
        List<String> owned = new ArrayList<>();
        List<String> writable = new ArrayList<>();
        try (PreparedStatement st = application.prepareStatement(RIGHTS)) {
            Array names = application.createArrayOf("text", AuditTables.APPEND_ONLY.toArray());
            st.setArray(1, names);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean("owner")) {
                        owned.add(rs.getString("relname"));
                    } else if (rs.getBoolean("writable")) {
                        writable.add(rs.getString("relname"));
                    }
                }
            }
        }
        if (!owned.isEmpty()) {
            return Optional.of(Message.of("db.role.owner", role, String.join(", ", owned)));
        }
        if (!writable.isEmpty()) {
            return Optional.of(Message.of("db.role.writable", role, String.join(", ", writable)));
        }
        return Optional.empty();
    }

    /** The refusal in Chinese and in English, with how to proceed, for the log and the start-up failure. */
    static String text(Message refusal) {
        MessageBundles bundles = MessageBundles.domain();
        Message advice = Message.of("db.role.advice");
        return bundles.chinese(refusal) + bundles.chinese(advice) + " / "
                + bundles.render(refusal, MessageBundles.ENGLISH) + " "
                + bundles.render(advice, MessageBundles.ENGLISH);
    }
}
