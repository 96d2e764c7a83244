package io.stint.tracking.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;
import io.stint.store.api.Transactions;
import io.stint.tracking.api.Expense;
import io.stint.tracking.api.ExpenseDraft;
import io.stint.tracking.api.ExpenseQuery;
import io.stint.tracking.api.ExpenseService;
import io.stint.store.api.Sql;

/** Expenses in TRACKING_EXPENSES: a regular user sees only their own; deleting rejects. */
@Component(service = ExpenseService.class)
public final class ExpenseServiceImpl implements ExpenseService {

    private final Transactions tx;
    private final CatalogSettings settings;

    @Activate
    public ExpenseServiceImpl(@Reference Transactions tx, @Reference CatalogSettings settings) {
        this.tx = tx;
        this.settings = settings;
    }

    @Override
    public String defaultCurrency() {
        return settings.currency();
    }

    @Override
    public Expense create(long userId, ExpenseDraft draft) {
        return tx.call(c -> {
            ExpenseDraft d = withProjectClient(c, normalise(draft));
            check(c, d, null, null);
            Instant now = Instant.now();
            long id = Sql.insert(c, "INSERT INTO TRACKING_EXPENSES (USER_ID, PROJECT_ID, CLIENT_ID, TITLE, "
                    + "DESCRIPTION, CATEGORY, AMOUNT_MINOR, TAX_MINOR, CURRENCY, EXPENSE_DATE, STATUS, BILLABLE, "
                    + "REIMBURSABLE, TAGS, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    userId, d.projectId(), d.clientId(), d.title(), d.description(), d.category(), d.amountMinor(),
                    d.taxMinor(), d.currency(), d.expenseDate(), d.status(), d.billable(), d.reimbursable(),
                    CatalogSql.joinTags(d.tags()), now, now);
            return find(c, id, null).orElseThrow();
        });
    }

    @Override
    public Optional<Expense> find(long id, Long actingUser) {
        return tx.call(c -> find(c, id, actingUser));
    }

    @Override
    public List<Expense> list(ExpenseQuery query, long offset, int limit) {
        CatalogFilter f = filter(query);
        return tx.call(c -> Sql.list(c, "SELECT * FROM TRACKING_EXPENSES" + f.where()
                    + " ORDER BY EXPENSE_DATE DESC, ID DESC LIMIT ? OFFSET ?", f.params(limit, offset), rs -> read(rs)));
    }

    @Override
    public long count(ExpenseQuery query) {
        CatalogFilter f = filter(query);
        return tx.call(c -> Sql.number(c, "SELECT COUNT(*) FROM TRACKING_EXPENSES" + f.where(), f.params()));
    }

    @Override
    public Expense update(long id, Long actingUser, UnaryOperator<ExpenseDraft> change) {
        return tx.call(c -> {
            Expense current = find(c, id, actingUser).orElseThrow(() -> ApiException.notFound("Expense"));
            ExpenseDraft d = normalise(change.apply(current.draft()));
            check(c, d, current, actingUser);
            Sql.update(c, "UPDATE TRACKING_EXPENSES SET PROJECT_ID = ?, CLIENT_ID = ?, TITLE = ?, DESCRIPTION = ?, "
                    + "CATEGORY = ?, AMOUNT_MINOR = ?, TAX_MINOR = ?, CURRENCY = ?, EXPENSE_DATE = ?, STATUS = ?, "
                    + "BILLABLE = ?, REIMBURSABLE = ?, TAGS = ?, UPDATED_AT = ? WHERE ID = ?",
                    d.projectId(), d.clientId(), d.title(), d.description(), d.category(), d.amountMinor(),
                    d.taxMinor(), d.currency(), d.expenseDate(), d.status(), d.billable(), d.reimbursable(),
                    CatalogSql.joinTags(d.tags()), Instant.now(), id);
            return find(c, id, null).orElseThrow();
        });
    }

    @Override
    public Expense reject(long id, Long actingUser) {
        return update(id, actingUser, d -> new ExpenseDraft(d.projectId(), d.clientId(), d.title(), d.description(),
                d.category(), d.amountMinor(), d.taxMinor(), d.currency(), d.expenseDate(), Expense.REJECTED,
                d.billable(), d.reimbursable(), d.tags()));
    }

    private ExpenseDraft normalise(ExpenseDraft d) {
        if (d == null) {
            throw ApiException.validation(Map.of("_schema", List.of("An expense is required.")));
        }
        String currency = d.currency() == null ? settings.currency() : d.currency().strip().toUpperCase(Locale.ROOT);
        return new ExpenseDraft(d.projectId(), d.clientId(), ClientServiceImpl.strip(d.title()),
                ClientServiceImpl.strip(d.description()), ClientServiceImpl.strip(d.category()), d.amountMinor(),
                d.taxMinor() == null ? 0L : d.taxMinor(), currency, d.expenseDate(),
                d.status() == null ? Expense.PENDING : d.status(), d.billable(), d.reimbursable(),
                d.tags() == null ? List.of() : CatalogSql.splitTags(String.join(",", d.tags())));
    }

    /** An expense for a project is for that project's client unless it names one. */
    private static ExpenseDraft withProjectClient(Connection c, ExpenseDraft d) throws SQLException {
        if (d.projectId() == null || d.clientId() != null) {
            return d;
        }
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT CLIENT_ID FROM TRACKING_PROJECTS WHERE ID = ?"),
                List.of(d.projectId())); ResultSet rs = ps.executeQuery()) {
            Long clientId = rs.next() ? Sql.longOrNull(rs, "CLIENT_ID") : null;
            return new ExpenseDraft(d.projectId(), clientId, d.title(), d.description(), d.category(), d.amountMinor(),
                    d.taxMinor(), d.currency(), d.expenseDate(), d.status(), d.billable(), d.reimbursable(), d.tags());
        }
    }

    /** {@code current} is null on creation; {@code actingUser} is null for an administrator. */
    private static void check(Connection c, ExpenseDraft d, Expense current, Long actingUser) throws SQLException {
        CatalogChecks checks = new CatalogChecks()
                .required("title", d.title(), 200)
                .required("category", d.category(), 50)
                .required("amount", d.amountMinor())
                .required("expense_date", d.expenseDate())
                .length("description", d.description(), 4000)
                .notNegative("tax_amount", d.taxMinor())
                .oneOf("status", d.status(), Expense.STATUSES)
                .length("tags", CatalogSql.joinTags(d.tags()), TaskServiceImpl.MAX_TAGS);
        if (d.amountMinor() != null && d.amountMinor() <= 0) {
            checks.error("amount", "Must be greater than 0.");
        }
        if (!Money.isCurrency(d.currency())) {
            checks.error("currency_code", "Not a valid ISO-4217 currency code.");
        }
        boolean statusChanged = current == null || !current.status().equals(d.status());
        if (actingUser != null && statusChanged && (Expense.APPROVED.equals(d.status()) || Expense.REIMBURSED.equals(d.status()))) {
            checks.error("status", "Only an administrator can approve or reimburse expenses.");
        }
        if (d.projectId() != null && (current == null || !Objects.equals(current.projectId(), d.projectId()))
                && !Sql.exists(c, "SELECT 1 FROM TRACKING_PROJECTS WHERE ID = ?", d.projectId())) {
            checks.error("project_id", "Project not found.");
        }
        if (d.clientId() != null && (current == null || !Objects.equals(current.clientId(), d.clientId()))
                && !Sql.exists(c, "SELECT 1 FROM TRACKING_CLIENTS WHERE ID = ?", d.clientId())) {
            checks.error("client_id", "Client not found.");
        }
        checks.check();
    }

    private static CatalogFilter filter(ExpenseQuery q) {
        CatalogFilter f = new CatalogFilter().equal("USER_ID", q.userId()).equal("PROJECT_ID", q.projectId())
                .equal("CLIENT_ID", q.clientId()).equal("STATUS", q.status()).equal("CATEGORY", q.category());
        if (q.from() != null) {
            f.add("EXPENSE_DATE >= ?", q.from());
        }
        if (q.to() != null) {
            f.add("EXPENSE_DATE <= ?", q.to());
        }
        return f;
    }

    private static Optional<Expense> find(Connection c, long id, Long actingUser) throws SQLException {
        CatalogFilter f = new CatalogFilter().equal("ID", id).equal("USER_ID", actingUser);
        return Sql.one(c, "SELECT * FROM TRACKING_EXPENSES" + f.where(), f.params(), rs -> read(rs));
    }

    private static Expense read(ResultSet rs) throws SQLException {
        return new Expense(rs.getLong("ID"), rs.getLong("USER_ID"), Sql.longOrNull(rs, "PROJECT_ID"),
                Sql.longOrNull(rs, "CLIENT_ID"), rs.getString("TITLE"), rs.getString("DESCRIPTION"),
                rs.getString("CATEGORY"), rs.getLong("AMOUNT_MINOR"), rs.getLong("TAX_MINOR"),
                rs.getString("CURRENCY"), Sql.date(rs, "EXPENSE_DATE"), rs.getString("STATUS"),
                rs.getBoolean("BILLABLE"), rs.getBoolean("REIMBURSABLE"), CatalogSql.splitTags(rs.getString("TAGS")),
                Sql.instant(rs, "CREATED_AT"), Sql.instant(rs, "UPDATED_AT"));
    }
}
