package io.stint.tracking.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.store.api.TransactionalWork;
import io.stint.store.api.Transactions;

/**
 * Names of projects, clients and tasks by id, for time entry lists: a list names
 * each entry's project, client and task, and looking them up in memory is much cheaper than joining
 * three tables for every row. Renames and deletes void the names (before and once committed); a
 * name read while a rename was in flight is not kept.
 */
@Component(service = CatalogNames.class)
public final class CatalogNames {

    private static final int MAX_NAMES = 100_000;

    private final Transactions tx;
    private final AtomicLong version = new AtomicLong();
    private final Map<Long, String> projects = new ConcurrentHashMap<>();
    private final Map<Long, String> clients = new ConcurrentHashMap<>();
    private final Map<Long, String> tasks = new ConcurrentHashMap<>();

    /** Runs a change that may rename or remove: the names are void before it and once it is done. */
    <T> T renaming(TransactionalWork<T> work) {
        changed();
        try {
            return tx.call(work);
        } finally {
            changed();
        }
    }

    @Activate
    public CatalogNames(@Reference Transactions tx) {
        this.tx = tx;
    }

    /** Voids every name: call before a rename or delete and again once it committed. */
    void changed() {
        version.incrementAndGet();
        projects.clear();
        clients.clear();
        tasks.clear();
    }

    String project(Connection c, Long id) throws SQLException {
        return name(c, id, projects, "SELECT NAME FROM TRACKING_PROJECTS WHERE ID = ?");
    }

    String client(Connection c, Long id) throws SQLException {
        return name(c, id, clients, "SELECT NAME FROM TRACKING_CLIENTS WHERE ID = ?");
    }

    String task(Connection c, Long id) throws SQLException {
        return name(c, id, tasks, "SELECT NAME FROM TRACKING_TASKS WHERE ID = ?");
    }

    private String name(Connection c, Long id, Map<Long, String> names, String sql) throws SQLException {
        if (id == null) {
            return null;
        }
        String known = names.get(id);
        if (known != null) {
            return known;
        }
        long before = version.get();
        String name;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                name = rs.next() ? rs.getString(1) : null;
            }
        }
        if (name != null && version.get() == before) {
            if (names.size() >= MAX_NAMES) {
                names.clear();
            }
            names.put(id, name);
        }
        return name;
    }
}
