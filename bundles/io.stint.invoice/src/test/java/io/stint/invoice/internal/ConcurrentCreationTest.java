package io.stint.invoice.internal;

import static io.stint.invoice.internal.InvoiceFixture.as;
import static io.stint.invoice.internal.InvoiceFixture.body;
import static io.stint.invoice.internal.InvoiceFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.stint.rest.api.ApiException;
import io.stint.tracking.api.TimeEntry;

/** Invoices made at the same time: numbers stay unique and gap-free, and an entry goes on one invoice only. */
class ConcurrentCreationTest {

    private static final int THREADS = 8;

    private final InvoiceFixture f = new InvoiceFixture();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private final long acme = f.client("Acme", 10000L);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Runs every task at once (released together) and answers what each returned or threw. */
    private List<Object> together(List<Callable<String>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> running = new ArrayList<>();
        for (Callable<String> task : tasks) {
            running.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<String> r : running) {
            try {
                results.add(r.get(60, TimeUnit.SECONDS));
            } catch (java.util.concurrent.ExecutionException e) {
                results.add(e.getCause());
            }
        }
        return results;
    }

    @Test
    void invoicesMadeAtOnceGetUniqueGapFreeNumbers() throws Exception {
        int n = 24;
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tasks.add(() -> tree(f.resource.create(body("{'client_id': " + acme + "}"), as(f.alice)))
                    .get("invoice").get("invoice_number").asText());
        }
        Set<String> numbers = new TreeSet<>();
        for (Object result : together(tasks)) {
            if (result instanceof Throwable t) {
                throw new AssertionError("a creation failed", t);
            }
            numbers.add((String) result);
        }
        Set<String> expected = new TreeSet<>();
        for (int i = 1; i <= n; i++) {
            expected.add(String.format("INV-20260210-%04d", i));
        }
        assertEquals(expected, numbers);
    }

    @Test
    void ofTwoInvoicesForTheSameEntriesMadeAtOnceExactlyOneWinsAndTheOtherIsAConflict() throws Exception {
        for (int round = 0; round < 5; round++) {
            long project = f.project("P" + round, acme, null);
            TimeEntry a = f.entry(1, project, "2026-02-0" + (round + 1) + "T09:00:00Z", 60);
            TimeEntry b = f.entry(1, project, "2026-02-0" + (round + 1) + "T11:00:00Z", 60);
            String json = "{'time_entry_ids': [" + a.id() + ", " + b.id() + "]}";
            String reversed = "{'time_entry_ids': [" + b.id() + ", " + a.id() + "]}";
            List<Object> results = together(List.of(
                    () -> tree(f.resource.fromTimeEntries(body(json), as(f.alice))).get("invoice").get("invoice_number").asText(),
                    () -> tree(f.resource.fromTimeEntries(body(reversed), as(f.alice))).get("invoice").get("invoice_number").asText()));
            int won = 0;
            for (Object r : results) {
                if (r instanceof String) {
                    won++;
                } else if (r instanceof ApiException e) {
                    assertEquals(409, e.status(), e.getMessage());
                    assertEquals("already_invoiced", e.errorCode());
                } else {
                    throw new AssertionError("unexpected outcome", (Throwable) r);
                }
            }
            assertEquals(1, won, "round " + round + ": " + results);
            assertEquals(round + 1, f.invoiceCount(), "the loser stored nothing");
            assertEquals(2L * (round + 1), f.claimCount());
        }
        assertEquals(String.format("INV-20260210-%04d", 5), tree(f.resource.list(null, null, null, null, null,
                as(f.alice))).get("invoices").get(0).get("invoice_number").asText(), "no number was lost to a loser");
    }
}
