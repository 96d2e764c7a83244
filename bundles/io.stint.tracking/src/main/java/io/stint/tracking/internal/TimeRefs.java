package io.stint.tracking.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The project, client and task an entry names, checked against their tables: they exist, the
 * project is not archived, the task belongs to the project. Yields their names for the answer.
 */
record TimeRefs(String projectName, String clientName, String taskName) {

    /**
     * Checks the references, recording field errors in {@code errors}.
     *
     * @param refuseArchived whether an archived project is an error (not when an entry keeps its project)
     */
    static TimeRefs check(Connection c, Long projectId, Long clientId, Long taskId, boolean refuseArchived,
            Map<String, List<String>> errors) throws SQLException {
        String project = null;
        String client = null;
        String task = null;
        if (projectId == null && clientId == null) {
            add(errors, "project_id", "Either project_id or client_id is required.");
        }
        if (projectId != null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT NAME, STATUS, ARCHIVED_AT FROM TRACKING_PROJECTS WHERE ID = ?")) {
                ps.setLong(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        add(errors, "project_id", "Project not found.");
                    } else if (refuseArchived && ("archived".equals(rs.getString(2)) || rs.getObject(3) != null)) {
                        add(errors, "project_id", "Project is archived.");
                    } else {
                        project = rs.getString(1);
                    }
                }
            }
        }
        if (clientId != null) {
            client = name(c, "SELECT NAME FROM TRACKING_CLIENTS WHERE ID = ?", clientId);
            if (client == null) {
                add(errors, "client_id", "Client not found.");
            }
        }
        if (taskId != null) {
            task = taskName(c, projectId, taskId, errors);
        }
        return new TimeRefs(project, client, task);
    }

    private static String taskName(Connection c, Long projectId, long taskId, Map<String, List<String>> errors)
            throws SQLException {
        if (projectId == null) {
            add(errors, "task_id", "A task can only be set with a project.");
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT NAME, PROJECT_ID FROM TRACKING_TASKS WHERE ID = ?")) {
            ps.setLong(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    add(errors, "task_id", "Task not found.");
                    return null;
                }
                if (rs.getLong(2) != projectId) {
                    add(errors, "task_id", "Task does not belong to the project.");
                    return null;
                }
                return rs.getString(1);
            }
        }
    }

    private static String name(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void add(Map<String, List<String>> errors, String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }
}
