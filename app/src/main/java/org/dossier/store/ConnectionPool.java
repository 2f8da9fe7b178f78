package org.dossier.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** A few open connections handed out one at a time; a web server reads from several threads. */
final class ConnectionPool implements AutoCloseable {
    private static final long WAIT_SECONDS = 30;

    private final StoreLocation location;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();
    private final int size;
    private boolean closed;

    ConnectionPool(StoreLocation location, int size) {
        this.location = location;
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    /** A connection in auto-commit mode, to be given back with {@link #release}. */
    Connection acquire() throws SQLException {
        Connection c = idle.poll();
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (closed) {
                throw new SQLException("store is closed");
            }
            if (all.size() < size) {
                Connection fresh = open();
                all.add(fresh);
                return fresh;
            }
        }
        try {
            c = idle.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection", e);
        }
        if (c == null) {
            throw new SQLException("no database connection free after " + WAIT_SECONDS + " s");
        }
        return c;
    }

    void release(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.rollback();
            c.setAutoCommit(true);
        }
        idle.offer(c);
    }

    private Connection open() throws SQLException {
        Connection c = DriverManager.getConnection(location.jdbcUrl());
        if (location.dialect() == Dialect.SQLITE) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA journal_mode = WAL");
            }
        }
        return c;
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing: nothing more can be done for this connection
            }
        }
        all.clear();
        idle.clear();
    }
}
