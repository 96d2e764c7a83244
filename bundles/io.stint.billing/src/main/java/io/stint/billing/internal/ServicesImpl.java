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

import io.stint.billing.api.Service;
import io.stint.billing.api.ServiceDraft;
import io.stint.billing.api.Services;
import io.stint.rest.api.ApiException;
import io.stint.store.api.Transactions;
import io.stint.store.api.Sql;

/** Services in BILLING_SERVICES: names unique regardless of case, deactivated rather than deleted. */
@Component(service = Services.class)
public final class ServicesImpl implements Services {

    private static final String SELECT = "SELECT ID, NAME, IS_ACTIVE, CREATED_AT, UPDATED_AT FROM BILLING_SERVICES";

    private final Transactions tx;

    @Activate
    public ServicesImpl(@Reference Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Service create(ServiceDraft draft) {
        ServiceDraft d = normalise(draft);
        return tx.call(c -> {
            check(c, d, null);
            Instant now = Instant.now();
            try {
                long id = Sql.insert(c, "INSERT INTO BILLING_SERVICES (NAME, NAME_KEY, IS_ACTIVE, CREATED_AT, UPDATED_AT) "
                        + "VALUES (?, ?, ?, ?, ?)", d.name(), Checks.nameKey(d.name()), d.active(), now, now);
                return find(c, id).orElseThrow();
            } catch (SQLException e) {
                throw duplicateOr(e);
            }
        });
    }

    @Override
    public Optional<Service> find(long id) {
        return tx.call(c -> find(c, id));
    }

    @Override
    public List<Service> list(boolean activeOnly, long offset, int limit) {
        return tx.call(c -> Sql.list(c, SELECT + where(activeOnly) + " ORDER BY NAME_KEY, ID LIMIT ? OFFSET ?",
                List.of(limit, offset), ServicesImpl::read));
    }

    @Override
    public long count(boolean activeOnly) {
        return tx.call(c -> Sql.number(c, "SELECT COUNT(*) FROM BILLING_SERVICES" + where(activeOnly), java.util.List.of()));
    }

    @Override
    public Service update(long id, UnaryOperator<ServiceDraft> change) {
        return tx.call(c -> {
            Service current = find(c, id).orElseThrow(() -> ApiException.notFound("Service"));
            ServiceDraft d = normalise(change.apply(current.draft()));
            check(c, d, id);
            try {
                Sql.update(c, "UPDATE BILLING_SERVICES SET NAME = ?, NAME_KEY = ?, IS_ACTIVE = ?, UPDATED_AT = ? WHERE ID = ?",
                        d.name(), Checks.nameKey(d.name()), d.active(), Instant.now(), id);
                return find(c, id).orElseThrow();
            } catch (SQLException e) {
                throw duplicateOr(e);
            }
        });
    }

    @Override
    public Service delete(long id) {
        return tx.call(c -> {
            Service current = find(c, id).orElseThrow(() -> ApiException.notFound("Service"));
            return current.active() ? update(id, d -> new ServiceDraft(d.name(), false)) : current;
        });
    }

    static ApiException duplicate() {
        return ApiException.conflict("duplicate_name", "Service name already exists");
    }

    private static ServiceDraft normalise(ServiceDraft d) {
        if (d == null) {
            throw ApiException.validation(Map.of("_schema", List.of("A service is required.")));
        }
        return new ServiceDraft(Checks.strip(d.name()), d.active());
    }

    private static void check(Connection c, ServiceDraft d, Long self) throws SQLException {
        new Checks().name("name", d.name(), true).check();
        if (Sql.exists(c, "SELECT 1 FROM BILLING_SERVICES WHERE NAME_KEY = ? AND ID <> ?", Checks.nameKey(d.name()),
                self == null ? -1L : self)) {
            throw duplicate();
        }
    }

    /** A concurrent insert of the same name loses at the unique constraint: still a 409. */
    private static ApiException duplicateOr(SQLException e) throws SQLException {
        if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return duplicate();
        }
        throw e;
    }

    private static String where(boolean activeOnly) {
        return activeOnly ? " WHERE IS_ACTIVE = TRUE" : "";
    }

    private static Optional<Service> find(Connection c, long id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE ID = ?", List.of(id), ServicesImpl::read);
    }

    private static Service read(ResultSet rs) throws SQLException {
        return new Service(rs.getLong("ID"), rs.getString("NAME"), rs.getBoolean("IS_ACTIVE"),
                Sql.instant(rs, "CREATED_AT"), Sql.instant(rs, "UPDATED_AT"));
    }
}
