package io.stint.tracking.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.stint.tracking.api.ClientDraft;
import io.stint.tracking.api.ExpenseDraft;
import io.stint.tracking.api.ProjectDraft;
import io.stint.tracking.api.TaskDraft;

/** The catalog's migrations on top of V1. */
class CatalogSchemaTest {

    @Test
    void theFirstClientProjectTaskAndExpenseHaveIdOne() {
        CatalogFixture f = new CatalogFixture();
        assertEquals(1, f.clients.create(ClientDraft.named("Acme")).id());
        assertEquals(1, f.projects.create(ProjectDraft.of("Web", 1L)).id());
        assertEquals(1, f.tasks.create(1, TaskDraft.of(1L, "Design")).id());
        assertEquals(1, f.expenses.create(1, new ExpenseDraft(null, null, "Taxi", null, "travel", 100L, null, null,
                LocalDate.of(2026, 1, 1), null, false, true, null)).id());
    }
}
