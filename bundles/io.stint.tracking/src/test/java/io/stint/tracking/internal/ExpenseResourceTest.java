package io.stint.tracking.internal;

import static io.stint.tracking.internal.CatalogFixture.assertNotFound;
import static io.stint.tracking.internal.CatalogFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

import io.stint.rest.api.Pagination;
import io.stint.security.api.Caller;
import io.stint.security.api.CallerContext;
import io.stint.tracking.api.Expense;
import io.stint.tracking.api.ExpenseDraft;

/** The expense routes called as their methods, with a caller as the security filter would set it. */
class ExpenseResourceTest {

    private final CatalogFixture f = new CatalogFixture();
    private final ExpenseResource resource = new ExpenseResource(f.expenses);
    private final Expense alices = f.expenses.create(1, draft("Train"));
    private final Expense bobs = f.expenses.create(2, draft("Hotel"));

    private static ExpenseDraft draft(String title) {
        return new ExpenseDraft(null, null, title, null, "travel", 1000L, null, null, LocalDate.of(2026, 1, 15), null,
                false, true, null);
    }

    static SecurityContext as(long userId, String role) {
        Caller caller = new Caller(userId, "user" + userId, role, ZoneId.of("Europe/Berlin"), Set.of("*"), 1);
        return new CallerContext(caller, false);
    }

    @Test
    void aUserListsOnlyTheirOwnExpenses() {
        Map<String, Object> body = resource.list(null, null, null, null, null, null, null, null, null, as(1, Caller.ROLE_USER));
        assertEquals(List.of("Train"), titles(body));
        assertEquals(1L, ((Pagination) body.get("pagination")).total());
    }

    @Test
    void aUserAskingForAnotherUsersExpensesGetsNotFound() {
        assertNotFound(() -> resource.list(null, null, "2", null, null, null, null, null, null, as(1, Caller.ROLE_USER)));
    }

    @Test
    void anAdministratorListsEveryonesOrOneUsers() {
        assertEquals(2, titles(resource.list(null, null, null, null, null, null, null, null, null, as(9, Caller.ROLE_ADMIN))).size());
        assertEquals(List.of("Hotel"), titles(resource.list(null, null, "2", null, null, null, null, null, null, as(9, Caller.ROLE_ADMIN))));
    }

    @Test
    void anotherUsersExpenseIsNotFoundForReadingChangingOrDeleting() {
        SecurityContext alice = as(1, Caller.ROLE_USER);
        String id = String.valueOf(bobs.id());
        assertNotFound(() -> resource.get(id, alice));
        assertNotFound(() -> resource.update(id, json("{'title': 'Mine now'}"), alice));
        assertNotFound(() -> resource.reject(id, alice));
        assertEquals(Expense.PENDING, f.expenses.find(bobs.id(), null).orElseThrow().status());
    }

    @Test
    void anIdThatIsNotANumberIsNotFound() {
        assertNotFound(() -> resource.get("abc", as(1, Caller.ROLE_USER)));
    }

    @Test
    void aPatchAnswersTheMessageAndTheChangedExpense() {
        Map<String, Object> body = resource.update(String.valueOf(alices.id()), json("{'amount': '12.30'}"), as(1, Caller.ROLE_USER));
        assertEquals("Expense updated successfully", body.get("message"));
        @SuppressWarnings("unchecked")
        Map<String, Object> expense = (Map<String, Object>) body.get("expense");
        assertEquals("12.30", expense.get("amount").toString());
    }

    @SuppressWarnings("unchecked")
    private static List<Object> titles(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("expenses")).stream().map(e -> e.get("title")).toList();
    }
}
