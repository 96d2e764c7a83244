package io.stint.invoice.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.stint.rest.api.ApiException;
import io.stint.tracking.api.Expense;
import io.stint.tracking.api.ExpenseQuery;
import io.stint.tracking.api.ExpenseService;

/**
 * Expense lines: the client's (and project's) billable expenses that are not rejected and not on an
 * invoice, dated in the range; one line each, quantity 1, priced at the expense's total with its
 * tax. An expense in another currency than the invoice's is refused, not converted.
 */
final class ExpenseLines {

    private static final int PAGE = 500;
    private static final int MAX = 1000;

    private ExpenseLines() {
    }

    static List<Line> of(Connection c, ExpenseService expenses, Actor actor, Target t, LocalDate from, LocalDate to)
            throws SQLException {
        ExpenseQuery query = new ExpenseQuery(actor.admin() ? null : actor.userId(), t.projectId(), t.client().id(),
                null, null, from, to);
        List<Expense> billable = new ArrayList<>();
        for (long offset = 0; offset < MAX; offset += PAGE) {
            List<Expense> page = expenses.list(query, offset, PAGE);
            page.stream().filter(e -> e.billable() && !Expense.REJECTED.equals(e.status())).forEach(billable::add);
            if (page.size() < PAGE) {
                break;
            }
        }
        List<Source> taken = SourceClaims.claimed(c, billable.stream().map(e -> Source.expense(e.id())).toList());
        List<Line> lines = new ArrayList<>();
        billable.sort(java.util.Comparator.comparing(Expense::expenseDate).thenComparingLong(Expense::id));
        for (Expense e : billable) {
            if (taken.contains(Source.expense(e.id()))) {
                continue;
            }
            if (!e.currency().equals(t.currency())) {
                throw ApiException.invalidField("include_expenses", "Expense " + e.id() + " (" + e.title() + ") is in "
                        + e.currency() + "; the invoice is in " + t.currency() + ". Bill it on an invoice in "
                        + e.currency() + ".");
            }
            lines.add(new Line(e.title() + " (" + e.category() + ", " + e.expenseDate() + ")", java.math.BigDecimal.ONE,
                    e.totalMinor(), Line.EXPENSE, List.of(Source.expense(e.id()))));
        }
        return lines;
    }
}
