package io.stint.activity.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.activity.api.BlockInvoices;
import io.stint.store.api.Transactions;

/** The invoice marks of blocks, in {@code ACTIVITY_BLOCKS.INVOICE_NUMBER}. */
@Component(service = BlockInvoices.class)
public final class BlockInvoiceService implements BlockInvoices {

    static final int MAX_NUMBER = 50;

    private final Transactions tx;

    @Activate
    public BlockInvoiceService(@Reference Transactions tx) {
        this.tx = tx;
    }

    @Override
    public int mark(Collection<Long> ids, String invoiceNumber) {
        if (invoiceNumber == null || invoiceNumber.isBlank() || invoiceNumber.length() > MAX_NUMBER) {
            throw new IllegalArgumentException("An invoice number has 1 to " + MAX_NUMBER + " characters");
        }
        return set(ids, invoiceNumber);
    }

    @Override
    public int release(Collection<Long> ids) {
        return set(ids, null);
    }

    @Override
    public Map<Long, String> invoiceNumbers(Collection<Long> ids) {
        return tx.call(c -> {
            Map<Long, String> numbers = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT INVOICE_NUMBER FROM ACTIVITY_BLOCKS WHERE ID = ? AND INVOICE_NUMBER IS NOT NULL")) {
                for (Long id : List.copyOf(ids)) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            numbers.put(id, rs.getString(1));
                        }
                    }
                }
            }
            return numbers;
        });
    }

    private int set(Collection<Long> ids, String invoiceNumber) {
        return tx.call(c -> {
            int changed = 0;
            try (PreparedStatement ps = c.prepareStatement("UPDATE ACTIVITY_BLOCKS SET INVOICE_NUMBER = ? WHERE ID = ?")) {
                for (Long id : List.copyOf(ids)) {
                    if (invoiceNumber == null) {
                        ps.setNull(1, Types.VARCHAR);
                    } else {
                        ps.setString(1, invoiceNumber);
                    }
                    ps.setLong(2, id);
                    changed += ps.executeUpdate();
                }
            }
            return changed;
        });
    }
}
