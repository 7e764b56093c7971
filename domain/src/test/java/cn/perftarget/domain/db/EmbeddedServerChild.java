package cn.perftarget.domain.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * An application in miniature for {@link OrphanedServerTest}, run in a JVM of its own: starts the embedded server on
 * a kept data folder ({@code args[0]}) as the application does, then either writes a marker and waits to be killed
 * ({@code write MARKER}) or prints the markers it finds and stops the server as a normal exit does ({@code read}).
 */
final class EmbeddedServerChild {

    private EmbeddedServerChild() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres server = EmbeddedPostgresServer.acquire(args[0], 0);
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            if (args[1].equals("write")) {
                st.execute("create table if not exists crash_marker (v text)");
                st.execute("insert into crash_marker values ('" + args[2] + "')");
                System.out.println("READY");
                System.out.flush();
                Thread.sleep(600_000); // until killed
                return;
            }
            try (ResultSet rs = st.executeQuery("select string_agg(v, ',') from crash_marker")) {
                rs.next();
                System.out.println("MARKERS " + rs.getString(1));
            }
        }
        EmbeddedPostgresServer.release();
        System.out.println("STOPPED");
    }
}
