package io.stint.billing.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

import io.stint.billing.api.Profile;
import io.stint.billing.api.ProfileDraft;
import io.stint.tracking.api.Client;
import io.stint.tracking.api.ClientService;
import io.stint.tracking.api.Project;
import io.stint.tracking.api.ProjectService;
import io.stint.store.api.Sql;

/** What a profile refers to: checked on every write, and client and project names read from tracking. */
final class ProfileRefs {

    private final ClientService clients;
    private final ProjectService projects;

    ProfileRefs(ClientService clients, ProjectService projects) {
        this.clients = clients;
        this.projects = projects;
    }

    /**
     * Checks {@code d}'s client, project, service and rate ({@code current} is null on creation).
     * Each must exist; one that a change newly sets must also be active, while one that is kept may
     * have been deactivated since without blocking other changes.
     */
    void check(Connection c, ProfileDraft d, Profile current) throws SQLException {
        Checks checks = new Checks().name("name", d.name(), false);
        Optional<Client> client = clients.find(d.clientId());
        if (client.isEmpty()) {
            checks.error("client_id", "Client not found.");
        } else if (!client.get().active() && (current == null || current.clientId() != d.clientId())) {
            checks.error("client_id", "Client is archived.");
        }
        if (d.projectId() != null) {
            Optional<Project> project = projects.find(d.projectId());
            if (project.isEmpty()) {
                checks.error("project_id", "Project not found.");
            } else if (!Objects.equals(project.get().clientId(), d.clientId())) {
                checks.error("project_id", "Project does not belong to this client.");
            } else if (project.get().archived() && (current == null || !d.projectId().equals(current.projectId()))) {
                checks.error("project_id", "Project is archived.");
            }
        }
        active(c, checks, "service_id", "Service", "BILLING_SERVICES", d.serviceId(),
                current == null || current.serviceId() != d.serviceId());
        active(c, checks, "rate_id", "Rate", "BILLING_RATES", d.rateId(), current == null || current.rateId() != d.rateId());
        checks.check();
    }

    /** The profiles of {@code rows} with their names: one lookup per distinct client and project. */
    List<Profile> named(List<ProfilesImpl.ProfileRow> rows) {
        Map<Long, String> clientNames = new HashMap<>();
        Map<Long, String> projectNames = new HashMap<>();
        List<Profile> profiles = new ArrayList<>(rows.size());
        for (ProfilesImpl.ProfileRow row : rows) {
            String client = name(clientNames, row.clientId(), id -> clients.find(id).map(Client::name).orElse(null));
            String project = row.projectId() == null ? null
                    : name(projectNames, row.projectId(), id -> projects.find(id).map(Project::name).orElse(null));
            profiles.add(row.profile(client, project));
        }
        return profiles;
    }

    private static String name(Map<Long, String> known, long id, LongFunction<String> lookup) {
        if (!known.containsKey(id)) {
            known.put(id, lookup.apply(id));
        }
        return known.get(id);
    }

    private static void active(Connection c, Checks checks, String field, String what, String table, long id,
            boolean changed) throws SQLException {
        Optional<Boolean> active = Sql.one(c, "SELECT IS_ACTIVE FROM " + table + " WHERE ID = ?", List.of(id),
                rs -> rs.getBoolean(1));
        if (active.isEmpty()) {
            checks.error(field, what + " not found.");
        } else if (changed && !active.get()) {
            checks.error(field, what + " is inactive.");
        }
    }
}
