package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Invoicing over real HTTP on the real runtime: an invoice from time entries grouped by project, the
 * same entries refused a second time, status transitions, partial and full payments, another user's
 * invoice hidden, and the PDF route answering 503 while the renderer module is stopped.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InvoiceIT {

    /** TimeTracker's invoice fields, plus Stint's currency. */
    private static final String INVOICE = "id:int invoice_number:str client_id:int client_name:str project_id:int?"
            + " status:str issue_date:str due_date:str subtotal:number tax_rate:number tax_amount:number"
            + " total_amount:number amount_paid:number payment_status:str created_at:str currency_code:str";

    private BundleContext context;
    private Http admin;
    private Accounts accounts;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("invoice");
    }

    @Before
    public void connect() throws Exception {
        context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        admin = new Http(context);
        admin.await("/api/v1/time-entries", 200, 30);
        admin.await("/api/v1/invoices", 200, 30);
        Accounts.liftRateLimits(context, admin);
        accounts = new Accounts(admin);
    }

    private static JsonNode created(Http.Reply reply, String key) {
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().get(key);
    }

    private static long entry(Http u, long project, String start, String end) {
        return created(u.postJson("/api/v1/time-entries", "{\"project_id\": " + project + ", \"start_time\": \"" + start
                + "\", \"end_time\": \"" + end + "\"}"), "time_entry").get("id").asLong();
    }

    @Test
    public void timeIsInvoicedOncePaidInPartsAndTheInvoiceFollowsItsStatuses() {
        Accounts.Account alice = accounts.user("Europe/Berlin", "read:*", "write:*");
        Http u = alice.http();
        long client = created(u.postJson("/api/v1/clients", "{\"name\": \"Acme " + System.nanoTime()
                + "\", \"default_hourly_rate\": 80}"), "client").get("id").asLong();
        long site = created(u.postJson("/api/v1/projects", "{\"name\": \"Site\", \"client_id\": " + client
                + ", \"hourly_rate\": 100}"), "project").get("id").asLong();
        long support = created(u.postJson("/api/v1/projects", "{\"name\": \"Support\", \"client_id\": " + client + "}"),
                "project").get("id").asLong();
        long a = entry(u, site, "2026-03-02T09:00:00", "2026-03-02T10:30:00");
        long b = entry(u, site, "2026-03-03T09:00:00", "2026-03-03T09:30:00");
        long c = entry(u, support, "2026-03-03T10:00:00", "2026-03-03T11:00:00");

        JsonNode invoice = created(u.postJson("/api/v1/invoices/from-time-entries", "{\"time_entry_ids\": [" + a + ", "
                + b + ", " + c + "], \"group_by\": \"project\", \"tax_rate\": 10}"), "invoice");
        WireContract.check("invoice", INVOICE, invoice);
        assertTrue(invoice.get("invoice_number").asText(), invoice.get("invoice_number").asText().matches("INV-\\d{8}-\\d{4}"));
        assertEquals("draft", invoice.get("status").asText());
        assertEquals("unpaid", invoice.get("payment_status").asText());
        JsonNode items = invoice.get("items");
        assertEquals(2, items.size());
        assertEquals("Site", items.get(0).get("description").asText());
        assertEquals(2.0, items.get(0).get("quantity").asDouble(), 0);
        assertEquals(200.0, items.get(0).get("total_amount").asDouble(), 0);
        assertEquals("Support at the client's default rate", 80.0, items.get(1).get("total_amount").asDouble(), 0);
        assertEquals(280.0, invoice.get("subtotal").asDouble(), 0);
        assertEquals(308.0, invoice.get("total_amount").asDouble(), 0);
        long id = invoice.get("id").asLong();
        String number = invoice.get("invoice_number").asText();
        assertEquals(number, u.get("/api/v1/time-entries/" + a).json().get("time_entry").get("invoice_number").asText());

        JsonNode twice = Accounts.error(u.postJson("/api/v1/invoices/from-time-entries", "{\"time_entry_ids\": [" + b
                + "]}"), 409, "already_invoiced");
        assertTrue(twice.toString(), twice.get("message").asText().contains("time entry " + b));
        Accounts.error(u.postJson("/api/v1/invoices/from-time-entries", "{\"client_id\": " + client + "}"), 400,
                "nothing_to_invoice");

        Accounts.error(u.json("PUT", "/api/v1/invoices/" + id, "{\"status\": \"paid\"}"), 409, "invalid_transition");
        assertEquals("sent", u.json("PUT", "/api/v1/invoices/" + id, "{\"status\": \"sent\"}").json()
                .get("invoice").get("status").asText());
        Accounts.error(u.json("PUT", "/api/v1/invoices/" + id + "/items", "{\"items\": []}"), 409, "invalid_state");

        JsonNode part = created(u.postJson("/api/v1/invoices/" + id + "/payments", "{\"amount\": 100, "
                + "\"method\": \"bank_transfer\", \"reference\": \"TX-1\"}"), "invoice");
        assertEquals("partially_paid", part.get("payment_status").asText());
        assertEquals("sent", part.get("status").asText());
        JsonNode full = created(u.postJson("/api/v1/payments", "{\"invoice_id\": " + id + ", \"amount\": 208}"), "invoice");
        assertEquals("fully_paid", full.get("payment_status").asText());
        assertEquals("paid", full.get("status").asText());
        JsonNode stored = u.get("/api/v1/invoices/" + id).json().get("invoice");
        WireContract.check("invoice", INVOICE, stored);
        assertEquals(2, stored.get("payments").size());
        assertEquals(308.0, stored.get("amount_paid").asDouble(), 0);
        Accounts.error(u.delete("/api/v1/invoices/" + id), 409, "invalid_transition");

        JsonNode list = u.get("/api/v1/invoices?status=paid").json();
        WireContract.check("pagination", WireContract.PAGINATION, list.get("pagination"));
        assertEquals(1, list.get("invoices").size());
        Http bob = accounts.user("UTC", "read:*", "write:*").http();
        Accounts.error(bob.get("/api/v1/invoices/" + id), 404, "not_found");
        assertEquals(0, bob.get("/api/v1/invoices").json().get("invoices").size());
        Accounts.error(bob.postJson("/api/v1/invoices/" + id + "/payments", "{\"amount\": 1}"), 404, "not_found");
    }

    @Test
    public void thePdfIsUnavailableWhileTheRendererModuleIsStopped() throws Exception {
        Http u = accounts.user("UTC", "read:*", "write:*").http();
        long client = created(u.postJson("/api/v1/clients", "{\"name\": \"Globex " + System.nanoTime() + "\"}"), "client")
                .get("id").asLong();
        long id = created(u.postJson("/api/v1/invoices", "{\"client_id\": " + client + ", \"items\": [{\"description\": "
                + "\"Audit\", \"quantity\": 1, \"unit_price\": 500}]}"), "invoice").get("id").asLong();
        Bundle pdf = Modules.find(context, "io.stint.invoice.pdf").orElseThrow();
        pdf.stop();
        try {
            Accounts.error(u.get("/api/v1/invoices/" + id + "/pdf"), 503, "renderer_unavailable");
            Accounts.error(u.get("/api/v1/invoices/999999/pdf"), 404, "not_found");
        } finally {
            pdf.start();
        }
    }

    @Test
    public void theInvoiceComesAsAPdfWithItsNumbersAndTheRendererComesBackAfterARestart() throws Exception {
        Http u = accounts.user("UTC", "read:*", "write:*").http();
        long client = created(u.postJson("/api/v1/clients", "{\"name\": \"Initech " + System.nanoTime() + "\"}"), "client")
                .get("id").asLong();
        JsonNode invoice = created(u.postJson("/api/v1/invoices", "{\"client_id\": " + client + ", \"currency_code\": \"ZAR\", "
                + "\"tax_rate\": 15, \"items\": [{\"description\": \"Quarterly audit\", \"quantity\": 1.5, \"unit_price\": 1200}]}"),
                "invoice");
        long id = invoice.get("id").asLong();
        String text = pdfText(u, id);
        assertTrue(text, text.contains(invoice.get("invoice_number").asText()));
        assertTrue(text, text.contains("Quarterly audit"));
        assertTrue(text, text.contains("1,800.00 ZAR")); // 1.5 × 1,200.00
        assertTrue(text, text.contains("270.00 ZAR")); // 15 % tax
        assertTrue(text, text.contains("2,070.00 ZAR")); // the total

        Bundle pdf = Modules.find(context, "io.stint.invoice.pdf").orElseThrow();
        pdf.stop();
        Accounts.error(u.get("/api/v1/invoices/" + id + "/pdf"), 503, "renderer_unavailable");
        pdf.start();
        assertTrue(pdfText(u, id).contains("2,070.00 ZAR"));
    }

    /**
     * The text the PDF draws: its content streams inflated, and the strings they show. The standard
     * fonts the renderer uses keep text as plain (WinAnsi) strings in the content streams.
     */
    private String pdfText(Http u, long id) throws Exception {
        java.net.http.HttpResponse<byte[]> reply = null;
        for (int i = 0; i < 50; i++) {
            reply = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    "http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port") + "/api/v1/invoices/" + id + "/pdf"))
                    .header("Authorization", "Bearer " + u.token()).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            if (reply.statusCode() != 503) {
                break;
            }
            Http.sleep(100);
        }
        assertEquals(200, reply.statusCode());
        assertEquals("application/pdf", reply.headers().firstValue("Content-Type").orElse(""));
        byte[] pdf = reply.body();
        String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("%PDF-"));
        StringBuilder text = new StringBuilder();
        for (int at = raw.indexOf("stream"); at >= 0; at = raw.indexOf("stream", at + 6)) {
            int start = at + 6 + (raw.startsWith("\r\n", at + 6) ? 2 : 1);
            int end = raw.indexOf("endstream", start);
            if (end < 0 || raw.startsWith("endstream", at - 3)) {
                continue;
            }
            java.util.zip.Inflater inflater = new java.util.zip.Inflater();
            inflater.setInput(pdf, start, end - start);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                while (!inflater.finished() && !inflater.needsInput()) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && inflater.needsDictionary()) {
                        break;
                    }
                    out.write(buffer, 0, n);
                }
            } catch (java.util.zip.DataFormatException e) {
                continue; // not a deflated stream (an image, a font)
            } finally {
                inflater.end();
            }
            // a shown string is (text) Tj, or [(te) -20 (xt)] TJ with kerning between its pieces
            String content = out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
            java.util.regex.Pattern literal = java.util.regex.Pattern.compile("\\(((?:[^()\\\\]|\\\\.)*)\\)");
            java.util.regex.Matcher shown = java.util.regex.Pattern.compile("(\\[(?:[^\\]\\\\]|\\\\.)*\\]|\\((?:[^()\\\\]|\\\\.)*\\))\\s*T[Jj]")
                    .matcher(content);
            while (shown.find()) {
                java.util.regex.Matcher piece = literal.matcher(shown.group(1));
                while (piece.find()) {
                    text.append(piece.group(1).replace("\\(", "(").replace("\\)", ")"));
                }
                text.append('\n');
            }
        }
        return text.toString();
    }
}
