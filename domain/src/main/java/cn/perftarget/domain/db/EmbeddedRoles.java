package cn.perftarget.domain.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Puts the embedded server's roles in place, as the superuser, at every start (idempotent): the owner that runs the
 * migrations and owns every table, and the application role that gets only the rights the migrations grant it;
 * each with its password, the superuser's too; then password authentication for every connection instead of the
 * {@code trust} that initdb writes. A data folder of an older version (everything owned by {@code postgres}) has its
 * objects handed to the owner.
 */
final class EmbeddedRoles {

    /** scram-sha-256 for every local and loopback connection; nothing else listens */
    static final String PG_HBA = """
            # written by perftarget (EmbeddedRoles): password authentication for every connection
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    /** Objects of the public schema still owned by the superuser (a folder from before the roles) go to the owner. */
    private static final String HAND_OVER = """
            do $$
            declare r record;
            begin
              for r in select c.oid::regclass as name, c.relkind from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace
                       where n.nspname = 'public' and c.relowner = 'postgres'::regrole
                         and c.relkind in ('r', 'p', 'v', 'm', 'f') loop
                execute format('alter %s %s owner to %I',
                  case r.relkind when 'v' then 'view' when 'm' then 'materialized view'
                                 when 'f' then 'foreign table' else 'table' end, r.name, 'OWNER_ROLE');
              end loop;
              -- sequences of serial columns followed their tables; the others now
              for r in select c.oid::regclass as name from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace
                       where n.nspname = 'public' and c.relowner = 'postgres'::regrole and c.relkind = 'S' loop
                execute format('alter sequence %s owner to %I', r.name, 'OWNER_ROLE');
              end loop;
              for r in select p.oid::regprocedure as name from pg_proc p
                        join pg_namespace n on n.oid = p.pronamespace
                       where n.nspname = 'public' and p.proowner = 'postgres'::regrole loop
                execute format('alter routine %s owner to %I', r.name, 'OWNER_ROLE');
              end loop;
            end $$""";

    private EmbeddedRoles() {}

    /** Creates or updates the roles and their passwords; on the server, once per start. */
    static void ensure(DataSource superuser, EmbeddedCredentials credentials) {
        execute(
                superuser,
                "alter role " + EmbeddedCredentials.SUPERUSER + " password '" + credentials.superuser() + "'",
                createRole(EmbeddedCredentials.OWNER),
                createRole(EmbeddedCredentials.APPLICATION),
                "alter role " + EmbeddedCredentials.OWNER
                        + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
                        + credentials.owner() + "'",
                // the owner may write the buffers out (the benchmark does before it measures); nothing else of a
                // superuser
                "grant pg_checkpoint to " + EmbeddedCredentials.OWNER,
                "alter role " + EmbeddedCredentials.APPLICATION
                        + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls noinherit password '"
                        + credentials.application() + "'");
    }

    /** Makes the owner role the owner of the database and of what an older version left to the superuser. */
    static void handOver(DataSource superuserOnDatabase, String database) {
        execute(
                superuserOnDatabase,
                "alter database \"" + database + "\" owner to " + EmbeddedCredentials.OWNER,
                HAND_OVER.replace("OWNER_ROLE", EmbeddedCredentials.OWNER));
    }

    /** From now on every connection needs its password (initdb wrote {@code trust}). */
    static void requirePasswords(DataSource superuser, Path dataDirectory) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            if (!PG_HBA.equals(Files.readString(hba))) {
                Files.writeString(hba, PG_HBA);
                execute(superuser, "select pg_reload_conf()");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + hba, e);
        }
    }

    /** Whether the server in {@code dataDirectory} already asks for passwords (its roles were set up before). */
    static boolean asksForPasswords(Path dataDirectory) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            return Files.exists(hba) && Files.readString(hba).equals(PG_HBA);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + hba, e);
        }
    }

    private static String createRole(String role) {
        return "do $$ begin if not exists (select 1 from pg_roles where rolname = '" + role + "') then create role "
                + role + " login; end if; end $$";
    }

    private static void execute(DataSource ds, String... statements) {
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL: the roles cannot be set up: " + e.getMessage(), e);
        }
    }
}
