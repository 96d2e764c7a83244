package io.stint.store.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps each pooled connection's prepared statements, by SQL text, across transactions: the
 * embedded database compiles a statement on every {@code prepareStatement}, and the same few
 * statements serve most requests. A transaction's connection is wrapped so that
 * {@code prepareStatement(sql)} hands out a kept statement when it is free, and closing it only
 * clears its parameters. Statements are kept per physical connection; a kept statement refers to
 * its connection, so a closed connection's entry does not go away by itself and is purged.
 */
final class StatementCache {

    private static final int MAX_PER_CONNECTION = 200;
    /** Past this many connections, those the pool has closed are dropped with their statements. */
    private static final int PURGE_ABOVE = 16;

    /** A kept statement and whether a caller holds it right now. */
    private static final class Kept {
        final PreparedStatement statement;
        boolean inUse;

        Kept(PreparedStatement statement) {
            this.statement = statement;
        }
    }

    private final Map<Connection, Map<String, Kept>> byConnection = Collections.synchronizedMap(new HashMap<>());

    /** {@code pooled} as the transaction's work sees it: the same connection, statements kept. */
    Connection wrap(Connection pooled) throws SQLException {
        Connection physical = pooled.isWrapperFor(Connection.class) ? pooled.unwrap(Connection.class) : pooled;
        Map<String, Kept> kept = byConnection.computeIfAbsent(physical, p -> new HashMap<>());
        if (byConnection.size() > PURGE_ABOVE) {
            purgeClosed();
        }
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
                return prepare(physical, kept, (String) args[0]);
            }
            return invoke(pooled, method, args);
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class }, handler);
    }

    private static PreparedStatement prepare(Connection physical, Map<String, Kept> kept, String sql) throws SQLException {
        Kept k = kept.get(sql);
        if (k == null || k.statement.isClosed()) {
            if (kept.size() >= MAX_PER_CONNECTION) {
                closeAll(kept);
            }
            k = new Kept(physical.prepareStatement(sql));
            kept.put(sql, k);
        } else if (k.inUse) {
            return physical.prepareStatement(sql); // the same SQL twice at once: an ordinary, unkept one
        }
        k.inUse = true;
        Kept held = k;
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("close") && (args == null || args.length == 0)) {
                if (held.inUse) {
                    held.inUse = false;
                    held.statement.clearParameters();
                    held.statement.clearBatch();
                }
                return null;
            }
            if (method.getName().equals("isClosed") && (args == null || args.length == 0)) {
                return !held.inUse || held.statement.isClosed();
            }
            return invoke(held.statement, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] { PreparedStatement.class }, handler);
    }

    /** Drops the statements of connections that are closed (the pool retires connections over time). */
    private void purgeClosed() {
        synchronized (byConnection) {
            byConnection.keySet().removeIf(connection -> {
                try {
                    return connection.isClosed();
                } catch (SQLException e) {
                    return true;
                }
            });
        }
    }

    /** Connections with kept statements, closed ones not yet purged included. */
    int connections() {
        return byConnection.size();
    }

    private static void closeAll(Map<String, Kept> kept) {
        kept.values().removeIf(k -> {
            if (k.inUse) {
                return false;
            }
            try {
                k.statement.close();
            } catch (SQLException e) {
                // it goes either way
            }
            return true;
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
