package cn.perftarget.domain.db;

import org.springframework.beans.factory.DisposableBean;

/** The running embedded PostgreSQL as this context sees it; closing the context releases its share. */
public final class EmbeddedDatabase implements DisposableBean {

    private final int port;
    private final String database;
    private final String dataDirectory;
    private boolean released;

    EmbeddedDatabase(int port, String database, String dataDirectory) {
        this.port = port;
        this.database = database;
        this.dataDirectory = dataDirectory;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public String dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public synchronized void destroy() {
        if (!released) {
            released = true;
            EmbeddedPostgresServer.release();
        }
    }
}
