package io.stint.tracking.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;
import io.stint.store.api.Migrations;
import io.stint.store.api.Transactions;
import io.stint.tracking.api.Client;
import io.stint.tracking.api.ClientDraft;
import io.stint.tracking.api.ClientQuery;
import io.stint.tracking.api.ClientService;
import io.stint.store.api.Sql;

/** Clients in TRACKING_CLIENTS: names unique (case-insensitively), archived rather than deleted. */
@Component(service = ClientService.class)
@Migrations
public final class ClientServiceImpl implements ClientService {

    static final List<String> STATUSES = List.of(Client.ACTIVE, Client.INACTIVE);
    static final String DUPLICATE = "A client with this name already exists.";

    private static final String SELECT = "SELECT C.*, "
            + "(SELECT COUNT(*) FROM TRACKING_PROJECTS P WHERE P.CLIENT_ID = C.ID) AS TOTAL_PROJECTS, "
            + "(SELECT COUNT(*) FROM TRACKING_PROJECTS P WHERE P.CLIENT_ID = C.ID AND P.STATUS = 'active') AS ACTIVE_PROJECTS "
            + "FROM TRACKING_CLIENTS C";

    private final Transactions tx;
    private final CatalogNames names;
    private final CatalogSettings settings;

    @Activate
    public ClientServiceImpl(@Reference Transactions tx, @Reference CatalogSettings settings,
            @Reference CatalogNames names) {
        this.tx = tx;
        this.settings = settings;
        this.names = names;
    }

    @Override
    public Client create(ClientDraft draft) {
        ClientDraft d = normalise(draft);
        return tx.call(c -> {
            check(c, d, null);
            Instant now = Instant.now();
            try {
                long id = Sql.insert(c, "INSERT INTO TRACKING_CLIENTS (NAME, EMAIL, COMPANY, PHONE, ADDRESS, "
                        + "DEFAULT_RATE_MINOR, STATUS, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        d.name(), d.email(), d.company(), d.phone(), d.address(), d.defaultRateMinor(), d.status(), now, now);
                return find(c, id).orElseThrow();
            } catch (SQLException e) {
                throw duplicateOr(e);
            }
        });
    }

    @Override
    public Optional<Client> find(long id) {
        return tx.call(c -> find(c, id));
    }

    @Override
    public List<Client> list(ClientQuery query, long offset, int limit) {
        CatalogFilter f = filter(query);
        return tx.call(c -> Sql.list(c, SELECT + f.where()
                    + " ORDER BY LOWER(C.NAME), C.ID LIMIT ? OFFSET ?", f.params(limit, offset), rs -> read(rs)));
    }

    @Override
    public long count(ClientQuery query) {
        CatalogFilter f = filter(query);
        return tx.call(c -> Sql.number(c, "SELECT COUNT(*) FROM TRACKING_CLIENTS C" + f.where(), f.params()));
    }

    @Override
    public Client update(long id, UnaryOperator<ClientDraft> change) {
        return names.renaming(c -> {
            Client current = find(c, id).orElseThrow(() -> ApiException.notFound("Client"));
            ClientDraft d = normalise(change.apply(current.draft()));
            check(c, d, id);
            try {
                Sql.update(c, "UPDATE TRACKING_CLIENTS SET NAME = ?, EMAIL = ?, COMPANY = ?, PHONE = ?, ADDRESS = ?, "
                        + "DEFAULT_RATE_MINOR = ?, STATUS = ?, UPDATED_AT = ? WHERE ID = ?",
                        d.name(), d.email(), d.company(), d.phone(), d.address(), d.defaultRateMinor(), d.status(),
                        Instant.now(), id);
                return find(c, id).orElseThrow();
            } catch (SQLException e) {
                throw duplicateOr(e);
            }
        });
    }

    @Override
    public Client archive(long id) {
        return update(id, d -> new ClientDraft(d.name(), d.email(), d.company(), d.phone(), d.address(),
                d.defaultRateMinor(), Client.INACTIVE));
    }

    /** Stripped texts, blanks as null, the default status. */
    private static ClientDraft normalise(ClientDraft d) {
        if (d == null) {
            throw ApiException.validation(java.util.Map.of("_schema", List.of("A client is required.")));
        }
        return new ClientDraft(strip(d.name()), strip(d.email()), strip(d.company()), strip(d.phone()),
                strip(d.address()), d.defaultRateMinor(), d.status() == null ? Client.ACTIVE : d.status());
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void check(Connection c, ClientDraft d, Long self) throws SQLException {
        CatalogChecks checks = new CatalogChecks()
                .required("name", d.name(), 200)
                .length("email", d.email(), 254)
                .length("company", d.company(), 200)
                .length("phone", d.phone(), 50)
                .length("address", d.address(), 1000)
                .notNegative("default_hourly_rate", d.defaultRateMinor())
                .oneOf("status", d.status(), STATUSES);
        if (d.email() != null && !checks.failed("email") && !d.email().matches("[^@\\s]+@[^@\\s]+")) {
            checks.error("email", "Not a valid email address.");
        }
        if (!checks.failed("name") && Sql.exists(c, "SELECT 1 FROM TRACKING_CLIENTS WHERE LOWER(NAME) = LOWER(?) AND ID <> ?",
                d.name(), self == null ? -1L : self)) {
            checks.error("name", DUPLICATE);
        }
        checks.check();
    }

    /** A concurrent insert of the same name loses at the unique constraint: still a field error. */
    private static ApiException duplicateOr(SQLException e) throws SQLException {
        if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return ApiException.invalidField("name", DUPLICATE);
        }
        throw e;
    }

    private static CatalogFilter filter(ClientQuery q) {
        CatalogFilter f = new CatalogFilter();
        if (q.search() != null && !q.search().isBlank()) {
            String like = CatalogSql.contains(q.search().strip());
            f.add("LOWER(C.NAME) LIKE ? ESCAPE '\\' OR LOWER(C.EMAIL) LIKE ? ESCAPE '\\' OR LOWER(C.COMPANY) LIKE ? ESCAPE '\\'",
                    like, like, like);
        }
        return f.equal("C.STATUS", q.status());
    }

    private Optional<Client> find(Connection c, long id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE C.ID = ?", List.of(id), rs -> read(rs));
    }

    private Client read(ResultSet rs) throws SQLException {
        return new Client(rs.getLong("ID"), rs.getString("NAME"), rs.getString("EMAIL"), rs.getString("COMPANY"),
                rs.getString("PHONE"), rs.getString("ADDRESS"), Sql.longOrNull(rs, "DEFAULT_RATE_MINOR"),
                settings.currency(), rs.getString("STATUS"), Sql.instant(rs, "CREATED_AT"),
                Sql.instant(rs, "UPDATED_AT"), rs.getInt("TOTAL_PROJECTS"), rs.getInt("ACTIVE_PROJECTS"));
    }
}
