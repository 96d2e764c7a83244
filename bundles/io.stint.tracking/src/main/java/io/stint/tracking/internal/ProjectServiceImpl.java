package io.stint.tracking.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;
import io.stint.store.api.Transactions;
import io.stint.tracking.api.Client;
import io.stint.tracking.api.Project;
import io.stint.tracking.api.ProjectDraft;
import io.stint.tracking.api.ProjectQuery;
import io.stint.tracking.api.ProjectService;
import io.stint.store.api.Sql;

/** Projects in TRACKING_PROJECTS, with their client's name and the time tracked on them. */
@Component(service = ProjectService.class)
public final class ProjectServiceImpl implements ProjectService {

    static final List<String> STATUSES = List.of(Project.ACTIVE, Project.ON_HOLD, Project.ARCHIVED);

    private static final String SELECT = "SELECT P.*, C.NAME AS CLIENT_NAME, "
            + "(SELECT COALESCE(SUM(E.DURATION_SECONDS), 0) FROM TRACKING_TIME_ENTRIES E "
            + "WHERE E.PROJECT_ID = P.ID AND E.END_AT IS NOT NULL) AS TRACKED_SECONDS "
            + "FROM TRACKING_PROJECTS P LEFT JOIN TRACKING_CLIENTS C ON C.ID = P.CLIENT_ID";

    private final Transactions tx;
    private final CatalogNames names;
    private final CatalogSettings settings;

    @Activate
    public ProjectServiceImpl(@Reference Transactions tx, @Reference CatalogSettings settings,
            @Reference CatalogNames names) {
        this.tx = tx;
        this.settings = settings;
        this.names = names;
    }

    @Override
    public Project create(ProjectDraft draft) {
        ProjectDraft d = normalise(draft);
        return tx.call(c -> {
            check(c, d, null);
            Instant now = Instant.now();
            long id = Sql.insert(c, "INSERT INTO TRACKING_PROJECTS (NAME, CLIENT_ID, CODE, DESCRIPTION, STATUS, "
                    + "BILLABLE, RATE_MINOR, ESTIMATED_SECONDS, BUDGET_MINOR, ARCHIVED_AT, CREATED_AT, UPDATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    d.name(), d.clientId(), d.code(), d.description(), d.status(), d.billable(), d.rateMinor(),
                    d.estimatedSeconds(), d.budgetMinor(), Project.ARCHIVED.equals(d.status()) ? now : null, now, now);
            return find(c, id).orElseThrow();
        });
    }

    @Override
    public Optional<Project> find(long id) {
        return tx.call(c -> find(c, id));
    }

    @Override
    public List<Project> list(ProjectQuery query, long offset, int limit) {
        CatalogFilter f = filter(query);
        return tx.call(c -> Sql.list(c, SELECT + f.where()
                    + " ORDER BY LOWER(P.NAME), P.ID LIMIT ? OFFSET ?", f.params(limit, offset), rs -> read(rs)));
    }

    @Override
    public long count(ProjectQuery query) {
        CatalogFilter f = filter(query);
        return tx.call(c -> Sql.number(c, "SELECT COUNT(*) FROM TRACKING_PROJECTS P" + f.where(), f.params()));
    }

    @Override
    public Project update(long id, UnaryOperator<ProjectDraft> change) {
        return names.renaming(c -> {
            Project current = find(c, id).orElseThrow(() -> ApiException.notFound("Project"));
            ProjectDraft d = normalise(change.apply(current.draft()));
            check(c, d, current);
            Instant now = Instant.now();
            Instant archivedAt = !Project.ARCHIVED.equals(d.status()) ? null
                    : current.archivedAt() != null ? current.archivedAt() : now;
            Sql.update(c, "UPDATE TRACKING_PROJECTS SET NAME = ?, CLIENT_ID = ?, CODE = ?, DESCRIPTION = ?, "
                    + "STATUS = ?, BILLABLE = ?, RATE_MINOR = ?, ESTIMATED_SECONDS = ?, BUDGET_MINOR = ?, "
                    + "ARCHIVED_AT = ?, UPDATED_AT = ? WHERE ID = ?",
                    d.name(), d.clientId(), d.code(), d.description(), d.status(), d.billable(), d.rateMinor(),
                    d.estimatedSeconds(), d.budgetMinor(), archivedAt, now, id);
            return find(c, id).orElseThrow();
        });
    }

    @Override
    public Project archive(long id) {
        return update(id, d -> new ProjectDraft(d.name(), d.clientId(), Project.ARCHIVED, d.billable(), d.rateMinor(),
                d.budgetMinor(), d.description(), d.code(), d.estimatedSeconds()));
    }

    private static ProjectDraft normalise(ProjectDraft d) {
        if (d == null) {
            throw ApiException.validation(Map.of("_schema", List.of("A project is required.")));
        }
        return new ProjectDraft(ClientServiceImpl.strip(d.name()), d.clientId(),
                d.status() == null ? Project.ACTIVE : d.status(), d.billable(), d.rateMinor(), d.budgetMinor(),
                ClientServiceImpl.strip(d.description()), ClientServiceImpl.strip(d.code()), d.estimatedSeconds());
    }

    /** {@code current} is null on creation; a client that is kept may have been archived since. */
    private static void check(Connection c, ProjectDraft d, Project current) throws SQLException {
        CatalogChecks checks = new CatalogChecks()
                .required("name", d.name(), 200)
                .length("code", d.code(), 50)
                .length("description", d.description(), 4000)
                .oneOf("status", d.status(), STATUSES)
                .notNegative("hourly_rate", d.rateMinor())
                .notNegative("budget_amount", d.budgetMinor())
                .notNegative("estimated_hours", d.estimatedSeconds());
        boolean clientChanged = current == null || !Objects.equals(current.clientId(), d.clientId());
        if (d.clientId() != null && clientChanged) {
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT STATUS FROM TRACKING_CLIENTS WHERE ID = ?"),
                    List.of(d.clientId())); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    checks.error("client_id", "Client not found.");
                } else if (!Client.ACTIVE.equals(rs.getString(1))) {
                    checks.error("client_id", "Client is archived.");
                }
            }
        }
        checks.check();
    }

    private static CatalogFilter filter(ProjectQuery q) {
        CatalogFilter f = new CatalogFilter().equal("P.STATUS", q.status()).equal("P.CLIENT_ID", q.clientId());
        if (q.search() != null && !q.search().isBlank()) {
            String like = CatalogSql.contains(q.search().strip());
            f.add("LOWER(P.NAME) LIKE ? ESCAPE '\\' OR LOWER(P.CODE) LIKE ? ESCAPE '\\' "
                    + "OR LOWER(P.DESCRIPTION) LIKE ? ESCAPE '\\'", like, like, like);
        }
        return f;
    }

    private Optional<Project> find(Connection c, long id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE P.ID = ?", List.of(id), rs -> read(rs));
    }

    private Project read(ResultSet rs) throws SQLException {
        return new Project(rs.getLong("ID"), rs.getString("NAME"), Sql.longOrNull(rs, "CLIENT_ID"),
                rs.getString("CLIENT_NAME"), rs.getString("STATUS"), rs.getBoolean("BILLABLE"),
                Sql.longOrNull(rs, "RATE_MINOR"), Sql.longOrNull(rs, "BUDGET_MINOR"), settings.currency(),
                rs.getString("DESCRIPTION"), rs.getString("CODE"), Sql.longOrNull(rs, "ESTIMATED_SECONDS"),
                Sql.instant(rs, "ARCHIVED_AT"), Sql.instant(rs, "CREATED_AT"),
                Sql.instant(rs, "UPDATED_AT"), rs.getLong("TRACKED_SECONDS"));
    }
}
