package io.stint.billing.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.billing.api.Profile;
import io.stint.billing.api.ProfileDraft;
import io.stint.billing.api.Profiles;
import io.stint.rest.api.ApiException;
import io.stint.store.api.Transactions;
import io.stint.tracking.api.ClientService;
import io.stint.tracking.api.ProjectService;
import io.stint.store.api.Sql;

/**
 * Profiles in BILLING_PROFILES, soft-deleted. A deleted profile stays readable ({@link #find}) but
 * cannot be changed or deleted again: both answer 404, as for an id that never existed.
 */
@Component(service = Profiles.class)
public final class ProfilesImpl implements Profiles {

    private final Transactions tx;
    private final ProfileRefs refs;

    @Activate
    public ProfilesImpl(@Reference Transactions tx, @Reference ClientService clients,
            @Reference ProjectService projects) {
        this.tx = tx;
        this.refs = new ProfileRefs(clients, projects);
    }

    @Override
    public Profile create(ProfileDraft draft) {
        ProfileDraft d = normalise(draft);
        return tx.call(c -> {
            refs.check(c, d, null);
            refuseTaken(c, d.name(), -1L);
            Instant now = Instant.now();
            try {
                long id = Sql.insert(c, "INSERT INTO BILLING_PROFILES (CLIENT_ID, PROJECT_ID, SERVICE_ID, RATE_ID, NAME, "
                        + "ACTIVE_NAME_KEY, IS_ACTIVE, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)",
                        d.clientId(), d.projectId(), d.serviceId(), d.rateId(), d.name(), Checks.nameKey(d.name()), now, now);
                return find(c, id).orElseThrow();
            } catch (SQLException e) {
                throw duplicateOr(e);
            }
        });
    }

    @Override
    public Optional<Profile> find(long id) {
        return tx.call(c -> find(c, id));
    }

    @Override
    public List<Profile> list(boolean activeOnly, long offset, int limit) {
        return tx.call(c -> refs.named(Sql.list(c, ProfileRow.SELECT + where(activeOnly) + " ORDER BY P.ID LIMIT ? OFFSET ?",
                List.of(limit, offset), ProfileRow::read)));
    }

    @Override
    public long count(boolean activeOnly) {
        return tx.call(c -> Sql.number(c, "SELECT COUNT(*) FROM BILLING_PROFILES P" + where(activeOnly), java.util.List.of()));
    }

    @Override
    public Profile update(long id, UnaryOperator<ProfileDraft> change) {
        return tx.call(c -> {
            Profile current = find(c, id).filter(Profile::active).orElseThrow(() -> ApiException.notFound("Profile"));
            ProfileDraft d = normalise(change.apply(current.draft()));
            refs.check(c, d, current);
            refuseTaken(c, d.name(), id);
            try {
                Sql.update(c, "UPDATE BILLING_PROFILES SET CLIENT_ID = ?, PROJECT_ID = ?, SERVICE_ID = ?, RATE_ID = ?, "
                        + "NAME = ?, ACTIVE_NAME_KEY = ?, UPDATED_AT = ? WHERE ID = ?",
                        d.clientId(), d.projectId(), d.serviceId(), d.rateId(), d.name(), Checks.nameKey(d.name()), Instant.now(), id);
                return find(c, id).orElseThrow();
            } catch (SQLException e) {
                throw duplicateOr(e);
            }
        });
    }

    @Override
    public Profile delete(long id) {
        return tx.call(c -> {
            find(c, id).filter(Profile::active).orElseThrow(() -> ApiException.notFound("Profile"));
            // The display name is free again: only active profiles hold one.
            Sql.update(c, "UPDATE BILLING_PROFILES SET IS_ACTIVE = FALSE, ACTIVE_NAME_KEY = NULL, UPDATED_AT = ? WHERE ID = ?",
                    Instant.now(), id);
            return find(c, id).orElseThrow();
        });
    }

    private static ProfileDraft normalise(ProfileDraft d) {
        if (d == null) {
            throw ApiException.validation(Map.of("_schema", List.of("A profile is required.")));
        }
        return new ProfileDraft(d.clientId(), d.projectId(), d.serviceId(), d.rateId(), Checks.strip(d.name()));
    }

    private static void refuseTaken(Connection c, String name, long self) throws SQLException {
        if (name != null && Sql.exists(c, "SELECT 1 FROM BILLING_PROFILES WHERE ACTIVE_NAME_KEY = ? AND ID <> ?",
                Checks.nameKey(name), self)) {
            throw duplicate();
        }
    }

    private static ApiException duplicate() {
        return ApiException.conflict("duplicate_name", "Profile name already exists");
    }

    /** A concurrent write of the same display name loses at the unique constraint: still a 409. */
    private static ApiException duplicateOr(SQLException e) throws SQLException {
        if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return duplicate();
        }
        throw e;
    }

    private static String where(boolean activeOnly) {
        return activeOnly ? " WHERE P.IS_ACTIVE = TRUE" : "";
    }

    private Optional<Profile> find(Connection c, long id) throws SQLException {
        return Sql.one(c, ProfileRow.SELECT + " WHERE P.ID = ?", List.of(id), ProfileRow::read)
                .map(row -> refs.named(List.of(row)).get(0));
    }

    /** A stored profile with its service and rate joined in; client and project names come from tracking. */
    record ProfileRow(long id, long clientId, Long projectId, long serviceId, String serviceName, long rateId,
            String rateName, long hourlyMinor, String currency, String name, boolean active, Instant createdAt,
            Instant updatedAt) {

        static final String SELECT = "SELECT P.ID, P.CLIENT_ID, P.PROJECT_ID, P.SERVICE_ID, S.NAME AS SERVICE_NAME, "
                + "P.RATE_ID, R.NAME AS RATE_NAME, R.HOURLY_MINOR, R.CURRENCY, P.NAME, P.IS_ACTIVE, P.CREATED_AT, "
                + "P.UPDATED_AT FROM BILLING_PROFILES P JOIN BILLING_SERVICES S ON S.ID = P.SERVICE_ID "
                + "JOIN BILLING_RATES R ON R.ID = P.RATE_ID";

        static ProfileRow read(ResultSet rs) throws SQLException {
            return new ProfileRow(rs.getLong("ID"), rs.getLong("CLIENT_ID"), Sql.longOrNull(rs, "PROJECT_ID"),
                    rs.getLong("SERVICE_ID"), rs.getString("SERVICE_NAME"), rs.getLong("RATE_ID"),
                    rs.getString("RATE_NAME"), rs.getLong("HOURLY_MINOR"), rs.getString("CURRENCY"),
                    rs.getString("NAME"), rs.getBoolean("IS_ACTIVE"), Sql.instant(rs, "CREATED_AT"),
                    Sql.instant(rs, "UPDATED_AT"));
        }

        Profile profile(String clientName, String projectName) {
            return new Profile(id, clientId, clientName, projectId, projectName, serviceId, serviceName, rateId,
                    rateName, hourlyMinor, currency, name, active, createdAt, updatedAt);
        }
    }
}
