package cn.perftarget.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The database's own limit on this machine: one-row INSERTs through JDBC, each committed on its own, one after the
 * other on one connection — what a transaction of the smallest kind costs at best. Also reports the settings that
 * decide the cost of a commit.
 */
final class DatabaseLimitBenchmark {

    record Result(int inserts, double seconds, double insertsPerSecond, String synchronousCommit, String fsync) {}

    private final DataSource dataSource;

    DatabaseLimitBenchmark(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Result run(int warmup, int inserts) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("create table if not exists bench_insert_probe (id bigserial primary key, "
                        + "payload text not null, at timestamptz not null default now())");
            }
            String sync = setting(c, "synchronous_commit");
            String fsync = setting(c, "fsync");
            try (PreparedStatement insert = c.prepareStatement("insert into bench_insert_probe (payload) values (?)")) {
                for (int i = 0; i < warmup; i++) {
                    insert.setString(1, "warm-up " + i);
                    insert.executeUpdate();
                }
                long t0 = System.nanoTime();
                for (int i = 0; i < inserts; i++) {
                    insert.setString(1, "probe " + i);
                    insert.executeUpdate();
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                return new Result(inserts, Samples.round(seconds), Samples.round(inserts / seconds), sync, fsync);
            } finally {
                try (Statement st = c.createStatement()) {
                    st.execute("drop table bench_insert_probe");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
