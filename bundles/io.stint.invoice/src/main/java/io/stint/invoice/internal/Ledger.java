package io.stint.invoice.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.activity.api.BlockInvoices;
import io.stint.rest.api.ApiException;
import io.stint.tracking.api.TimeEntryService;

/**
 * Stores an invoice's lines with the claims on what they bill and marks the time entries and
 * blocks with the invoice number; releases them again. Runs inside the caller's transaction, so the
 * other modules' marks commit or roll back with the invoice.
 */
final class Ledger {

    /** Most lines an invoice holds. */
    static final int MAX_LINES = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);

    private final TimeEntryService entries;
    private final BillingPeers peers;

    Ledger(TimeEntryService entries, BillingPeers peers) {
        this.entries = entries;
        this.peers = peers;
    }

    /** Appends {@code lines} after the {@code existing} ones of invoice {@code invoiceId}, numbered {@code number}. */
    void store(Connection c, long invoiceId, String number, int existing, List<Line> lines, Instant now)
            throws SQLException {
        if (existing + lines.size() > MAX_LINES) {
            throw ApiException.badRequest("too_many_lines", "An invoice holds at most " + MAX_LINES
                    + " lines; group the time (group_by) or bill a shorter range.");
        }
        List<Long> entryIds = new ArrayList<>();
        List<Long> blockIds = new ArrayList<>();
        int position = existing;
        for (Line line : lines) {
            long itemId = InvoiceRows.insertItem(c, invoiceId, ++position, line, now);
            SourceClaims.claim(c, invoiceId, itemId, line.sources());
            for (Source s : line.sources()) {
                if (Source.ENTRY.equals(s.kind())) {
                    entryIds.add(s.id());
                } else if (Source.BLOCK.equals(s.kind())) {
                    blockIds.add(s.id());
                }
            }
        }
        if (!entryIds.isEmpty()) {
            entries.markInvoiced(entryIds, number);
        }
        if (!blockIds.isEmpty()) {
            peers.live().marks().mark(blockIds, number);
        }
    }

    /** Gives up every claim of the invoice and clears the marks, so what it billed can be billed again. */
    void release(Connection c, long invoiceId) throws SQLException {
        List<Long> entryIds = new ArrayList<>();
        List<Long> blockIds = new ArrayList<>();
        for (Source s : SourceClaims.release(c, invoiceId)) {
            if (Source.ENTRY.equals(s.kind())) {
                entryIds.add(s.id());
            } else if (Source.BLOCK.equals(s.kind())) {
                blockIds.add(s.id());
            }
        }
        if (!entryIds.isEmpty()) {
            entries.clearInvoiced(entryIds);
        }
        if (!blockIds.isEmpty()) {
            BlockInvoices marks = peers.blockInvoices;
            if (marks != null) {
                marks.release(blockIds);
            } else {
                // the claims decide what is billed; the blocks' marks are shown only
                LOG.warn("The activity module is not running: the invoice marks of blocks {} stay until it is", blockIds);
            }
        }
    }
}
