package io.stint.tracking.internal;

import static io.stint.tracking.internal.CatalogFixture.assertFieldErrors;
import static io.stint.tracking.internal.CatalogFixture.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.stint.tracking.api.ClientDraft;
import io.stint.tracking.api.Expense;
import io.stint.tracking.api.ExpenseDraft;
import io.stint.tracking.api.ExpenseQuery;
import io.stint.tracking.api.ProjectDraft;

/** Expenses against a real HSQLDB carrying the module's migrations. */
class ExpenseServiceTest {

    private static final long ALICE = 1;
    private static final long BOB = 2;

    private final CatalogFixture f = new CatalogFixture();

    private static ExpenseDraft draft(String title, long amountMinor, String date) {
        return new ExpenseDraft(null, null, title, null, "travel", amountMinor, null, null, LocalDate.parse(date), null,
                false, true, null);
    }

    @Test
    void aCreatedExpenseIsPendingInTheDefaultCurrency() {
        Expense e = f.expenses.create(ALICE, new ExpenseDraft(null, null, "Train", "To the client", "travel", 4550L, 455L,
                null, LocalDate.of(2026, 1, 15), null, true, false, List.of("trip")));
        Expense read = f.expenses.find(e.id(), ALICE).orElseThrow();
        assertEquals(Expense.PENDING, read.status());
        assertEquals("EUR", read.currency());
        assertEquals(4550L, read.amountMinor());
        assertEquals(5005L, read.totalMinor());
        assertEquals(List.of("trip"), read.tags());
        assertEquals(ALICE, read.userId());
        assertTrue(read.billable());
    }

    @Test
    void missingRequiredFieldsAreReportedTogetherAndNothingIsStored() {
        assertFieldErrors(() -> f.expenses.create(ALICE, new ExpenseDraft(null, null, null, null, " ", null, null, null,
                null, null, false, true, null)), "title", "category", "amount", "expense_date");
        assertEquals(0, f.expenses.count(ExpenseQuery.of(null)));
    }

    @Test
    void anUnknownCurrencyAndANonPositiveAmountAreFieldErrors() {
        assertFieldErrors(() -> f.expenses.create(ALICE, new ExpenseDraft(null, null, "Taxi", null, "travel", 0L, -1L,
                "XYZ", LocalDate.of(2026, 1, 1), null, false, true, null)), "currency_code", "amount", "tax_amount");
    }

    @Test
    void anExpenseForAProjectIsForItsClient() {
        long acme = f.clients.create(ClientDraft.named("Acme")).id();
        long website = f.projects.create(ProjectDraft.of("Website", acme)).id();
        Expense e = f.expenses.create(ALICE, new ExpenseDraft(website, null, "Hosting", null, "software", 1000L, null,
                null, LocalDate.of(2026, 1, 1), null, true, false, null));
        assertEquals(acme, e.clientId());
    }

    @Test
    void anUnknownProjectOrClientIsAFieldError() {
        assertFieldErrors(() -> f.expenses.create(ALICE, new ExpenseDraft(8L, 9L, "Hosting", null, "software", 1000L,
                null, null, LocalDate.of(2026, 1, 1), null, true, false, null)), "project_id", "client_id");
    }

    @Test
    void aUserCannotSeeChangeOrRejectAnotherUsersExpense() {
        Expense bobs = f.expenses.create(BOB, draft("Hotel", 12000, "2026-01-10"));
        assertTrue(f.expenses.find(bobs.id(), ALICE).isEmpty());
        assertNotFound(() -> f.expenses.update(bobs.id(), ALICE, d -> d));
        assertNotFound(() -> f.expenses.reject(bobs.id(), ALICE));
        assertEquals(Expense.PENDING, f.expenses.find(bobs.id(), null).orElseThrow().status());
    }

    @Test
    void anAdministratorSeesEveryUsersExpense() {
        Expense bobs = f.expenses.create(BOB, draft("Hotel", 12000, "2026-01-10"));
        assertEquals("Hotel", f.expenses.find(bobs.id(), null).orElseThrow().title());
    }

    @Test
    void onlyAnAdministratorApprovesOrReimburses() {
        Expense mine = f.expenses.create(ALICE, draft("Hotel", 12000, "2026-01-10"));
        assertFieldErrors(() -> f.expenses.update(mine.id(), ALICE, d -> withStatus(d, Expense.APPROVED)), "status");
        assertEquals(Expense.APPROVED, f.expenses.update(mine.id(), null, d -> withStatus(d, Expense.APPROVED)).status());
        Expense renamed = f.expenses.update(mine.id(), ALICE, d -> new ExpenseDraft(d.projectId(), d.clientId(), "Inn",
                d.description(), d.category(), d.amountMinor(), d.taxMinor(), d.currency(), d.expenseDate(), d.status(),
                d.billable(), d.reimbursable(), d.tags()));
        assertEquals("Inn", renamed.title());
    }

    @Test
    void deletingRejectsAndTheExpenseStaysReadable() {
        Expense mine = f.expenses.create(ALICE, draft("Hotel", 12000, "2026-01-10"));
        f.expenses.reject(mine.id(), ALICE);
        assertEquals(Expense.REJECTED, f.expenses.find(mine.id(), ALICE).orElseThrow().status());
    }

    @Test
    void listsFilterByUserStatusAndDatesNewestFirst() {
        f.expenses.create(ALICE, draft("A1", 100, "2026-01-01"));
        f.expenses.create(ALICE, draft("A2", 100, "2026-01-15"));
        long a3 = f.expenses.create(ALICE, draft("A3", 100, "2026-01-31")).id();
        f.expenses.create(BOB, draft("B1", 100, "2026-01-15"));
        f.expenses.reject(a3, ALICE);

        assertEquals(List.of("A3", "A2", "A1"), titles(f.expenses.list(ExpenseQuery.of(ALICE), 0, 50)));
        assertEquals(4, f.expenses.count(ExpenseQuery.of(null)));
        ExpenseQuery january = new ExpenseQuery(ALICE, null, null, null, null, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 31));
        assertEquals(List.of("A3", "A2"), titles(f.expenses.list(january, 0, 50)));
        ExpenseQuery pending = new ExpenseQuery(ALICE, null, null, Expense.PENDING, null, null, null);
        assertEquals(List.of("A2", "A1"), titles(f.expenses.list(pending, 0, 50)));
        assertEquals(List.of("A1"), titles(f.expenses.list(ExpenseQuery.of(ALICE), 2, 2)));
    }

    private static ExpenseDraft withStatus(ExpenseDraft d, String status) {
        return new ExpenseDraft(d.projectId(), d.clientId(), d.title(), d.description(), d.category(), d.amountMinor(),
                d.taxMinor(), d.currency(), d.expenseDate(), status, d.billable(), d.reimbursable(), d.tags());
    }

    private static List<String> titles(List<Expense> expenses) {
        return expenses.stream().map(Expense::title).toList();
    }
}
