package cn.perftarget.domain.dbrole;

import cn.perftarget.domain.db.OneTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rights of the application role, granted by the owner after every migration, so that a table a later migration
 * adds gets them too: SELECT, INSERT, UPDATE and DELETE on every table of the schema and the use of its sequences;
 * on the {@link AuditTables#APPEND_ONLY append-only tables} only INSERT and SELECT, on the chain heads no DELETE,
 * on Flyway's history only SELECT; nowhere TRUNCATE, REFERENCES or TRIGGER; no CREATE in the schema. One
 * transaction: another node never sees the rights half granted.
 */
final class ApplicationRoleGrants {

    private ApplicationRoleGrants() {}

    /** @param present the tables of the schema (a name of the lists above that is not there is left out) */
    static List<String> statements(String applicationRole, Set<String> present) {
        String role = quoted(applicationRole);
        List<String> sql = new ArrayList<>();
        sql.add("grant select, insert, update, delete on all tables in schema public to " + role);
        sql.add("revoke truncate, references, trigger on all tables in schema public from " + role);
        revoke(sql, "update, delete", AuditTables.APPEND_ONLY, present, role);
        revoke(sql, "delete", AuditTables.HEADS, present, role);
        revoke(sql, "insert, update, delete", List.of(AuditTables.MIGRATION_HISTORY), present, role);
        sql.add("grant usage, select on all sequences in schema public to " + role);
        sql.add("revoke update on all sequences in schema public from " + role);
        sql.add("revoke create on schema public from public");
        return sql;
    }

    private static void revoke(List<String> sql, String rights, List<String> tables, Set<String> present, String role) {
        List<String> there = tables.stream().filter(present::contains).toList();
        if (!there.isEmpty()) {
            sql.add("revoke " + rights + " on " + String.join(", ", there) + " from " + role);
        }
    }

    /** Grants on the owner's connection, in one transaction. */
    static void grant(Connection owner, String applicationRole) throws SQLException {
        OneTransaction.run(owner, () -> {
            try (Statement st = owner.createStatement()) {
                Set<String> present = new HashSet<>();
                try (ResultSet rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                    while (rs.next()) {
                        present.add(rs.getString(1));
                    }
                }
                for (String sql : statements(applicationRole, present)) {
                    st.execute(sql);
                }
            }
        });
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
