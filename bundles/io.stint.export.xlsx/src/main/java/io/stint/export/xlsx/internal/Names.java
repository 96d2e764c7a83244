package io.stint.export.xlsx.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.stint.security.api.UserDirectory;
import io.stint.security.api.UserSummary;
import io.stint.tracking.api.Project;
import io.stint.tracking.api.ProjectService;
import io.stint.tracking.api.TimeEntry;

/**
 * Users' display names and projects' clients for one export, each looked up once: the maps hold
 * one item per user or project met, never one per entry.
 */
final class Names {

    private final UserDirectory users;
    private final ProjectService projects;
    private final Map<Long, String> userNames = new HashMap<>();
    private final Map<Long, Optional<Project>> projectsById = new HashMap<>();

    Names(UserDirectory users, ProjectService projects) {
        this.users = users;
        this.projects = projects;
    }

    /** The user's display name, or their id when the directory does not know them. */
    String user(long userId) {
        return userNames.computeIfAbsent(userId,
                id -> users.find(id).map(UserSummary::displayName).orElse(String.valueOf(id)));
    }

    /** The entry's client: its own, else its project's. */
    String client(TimeEntry e) {
        if (e.clientName() != null || e.projectId() == null) {
            return e.clientName();
        }
        return project(e.projectId()).map(Project::clientName).orElse(null);
    }

    /** The client id the entry is billed to: its own, else its project's. */
    Long clientId(TimeEntry e) {
        if (e.clientId() != null || e.projectId() == null) {
            return e.clientId();
        }
        return project(e.projectId()).map(Project::clientId).orElse(null);
    }

    private Optional<Project> project(long id) {
        return projectsById.computeIfAbsent(id, projects::find);
    }
}
