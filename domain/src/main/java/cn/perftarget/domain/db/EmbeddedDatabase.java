package cn.perftarget.domain.db;

import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;

/** The running embedded PostgreSQL as this context sees it; closing the context releases its share. */
public final class EmbeddedDatabase implements DisposableBean {

    private final int port;
    private final String database;
    private final String dataDirectory;
    private final EmbeddedCredentials credentials;
    private boolean released;

    EmbeddedDatabase(int port, String database, String dataDirectory, EmbeddedCredentials credentials) {
        this.port = port;
        this.database = database;
        this.dataDirectory = dataDirectory;
        this.credentials = credentials;
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

    /** The role the application connects as: data only, and on the audit tables only INSERT and SELECT. */
    public String applicationUser() {
        return EmbeddedCredentials.APPLICATION;
    }

    /** The role that owns the database and runs the migrations. */
    public String ownerUser() {
        return EmbeddedCredentials.OWNER;
    }

    /**
     * Connections as the owner of this context's database, without a pool: for Flyway, and for tests that act behind
     * the application's back as a database administrator could.
     */
    public DataSource ownerDataSource() {
        return EmbeddedPostgresServer.dataSource(EmbeddedCredentials.OWNER, credentials.owner(), database);
    }

    String applicationPassword() {
        return credentials.application();
    }

    @Override
    public synchronized void destroy() {
        if (!released) {
            released = true;
            EmbeddedPostgresServer.release();
        }
    }
}
