package io.stint.invoice.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;
import io.stint.store.api.Transactions;

/**
 * Payments against invoices: partial, full or more than the total. The invoice's amount paid is the
 * sum of its completed payments; a sent or overdue invoice they cover becomes paid, and a paid one
 * they no longer cover (a payment was deleted or reduced) is sent again.
 */
@Component(service = PaymentService.class)
public final class PaymentService {

    private final Transactions tx;
    private final Clock clock;

    @Activate
    public PaymentService(@Reference Transactions tx) {
        this(tx, Clock.systemUTC());
    }

    PaymentService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Records a payment against the invoice; answers it. */
    Payment add(Actor actor, long invoiceId, PaymentDraft d) {
        return tx.call(c -> {
            Invoice i = InvoiceService.reachable(c, actor, invoiceId, true);
            if (i.draft() || Statuses.CANCELLED.equals(i.status())) {
                throw InvoiceService.invalidState("Payments are recorded against sent, overdue or paid invoices; "
                        + "this one is " + i.status() + ".");
            }
            Payment p = new Payment(0, invoiceId, amount(d, i), d.paymentDate() != null ? d.paymentDate()
                    : actor.today(clock), text(d.method(), null), text(d.reference(), null), text(d.notes(), null),
                    d.status() != null ? d.status() : Payment.COMPLETED, actor.userId(), null, null);
            long id = PaymentRows.insert(c, p, clock.instant());
            settle(c, invoiceId, false);
            return PaymentRows.find(c, id).orElseThrow();
        });
    }

    /** The invoice's payments, oldest first; 404 for an invoice the actor does not reach. */
    List<Payment> of(Actor actor, long invoiceId) {
        return tx.call(c -> {
            InvoiceService.reachable(c, actor, invoiceId, false);
            return PaymentRows.of(c, invoiceId);
        });
    }

    List<Payment> list(Actor actor, Long invoiceId, long offset, int limit) {
        return tx.call(c -> PaymentRows.list(c, actor.admin() ? null : actor.userId(), invoiceId, offset, limit));
    }

    long count(Actor actor, Long invoiceId) {
        return tx.call(c -> PaymentRows.count(c, actor.admin() ? null : actor.userId(), invoiceId));
    }

    /** The payment with its invoice's currency; 404 when missing, another user's, or not of {@code invoiceId} (when given). */
    Payment get(Actor actor, long paymentId, Long invoiceId) {
        return tx.call(c -> reachable(c, actor, paymentId, invoiceId, false));
    }

    /** The currency of the payment's invoice. */
    String currency(Actor actor, Payment p) {
        return tx.call(c -> InvoiceService.reachable(c, actor, p.invoiceId(), false).currency());
    }

    Payment update(Actor actor, long paymentId, PaymentDraft d) {
        return tx.call(c -> {
            Payment p = reachable(c, actor, paymentId, null, true);
            Invoice i = InvoiceService.reachable(c, actor, p.invoiceId(), true);
            if (Statuses.CANCELLED.equals(i.status())) {
                throw InvoiceService.invalidState("The payments of a cancelled invoice do not change.");
            }
            Payment changed = new Payment(p.id(), p.invoiceId(), d.amount() != null ? amount(d, i) : p.amountMinor(),
                    d.paymentDate() != null ? d.paymentDate() : p.paymentDate(), text(d.method(), p.method()),
                    text(d.reference(), p.reference()), text(d.notes(), p.notes()),
                    d.status() != null ? d.status() : p.status(), p.receivedBy(), p.createdAt(), p.updatedAt());
            checkCurrency(d, i);
            PaymentRows.update(c, changed, clock.instant());
            settle(c, i.id(), true);
            return PaymentRows.find(c, paymentId).orElseThrow();
        });
    }

    void delete(Actor actor, long paymentId, Long invoiceId) {
        tx.run(c -> {
            Payment p = reachable(c, actor, paymentId, invoiceId, true);
            Invoice i = InvoiceService.reachable(c, actor, p.invoiceId(), true);
            if (Statuses.CANCELLED.equals(i.status())) {
                throw InvoiceService.invalidState("The payments of a cancelled invoice do not change.");
            }
            PaymentRows.delete(c, paymentId);
            settle(c, i.id(), true);
        });
    }

    /** Sets the amount paid from the completed payments, and the status that follows from it. */
    private void settle(Connection c, long invoiceId, boolean mayHaveDropped) throws SQLException {
        Invoice i = InvoiceRows.find(c, invoiceId).orElseThrow();
        long paid = PaymentRows.paid(c, invoiceId);
        String status = i.status();
        boolean covered = paid > 0 && paid >= i.totalMinor();
        if (covered && (Statuses.SENT.equals(status) || Statuses.OVERDUE.equals(status))) {
            status = Statuses.PAID;
        } else if (!covered && mayHaveDropped && Statuses.PAID.equals(status) && i.paidMinor() > 0
                && i.paidMinor() >= i.totalMinor()) {
            // the payments had made it paid and no longer cover it: it is owed again
            status = Statuses.SENT;
        }
        io.stint.store.api.Sql.update(c, "UPDATE INVOICES SET PAID_MINOR = ?, STATUS = ?, UPDATED_AT = ? WHERE ID = ?",
                paid, status, clock.instant(), invoiceId);
    }

    private static void checkCurrency(PaymentDraft d, Invoice i) {
        if (d.currency() != null && !d.currency().equals(i.currency())) {
            throw ApiException.invalidField("currency", "The invoice is in " + i.currency() + "; record the payment in "
                    + i.currency() + ".");
        }
    }

    private static long amount(PaymentDraft d, Invoice i) {
        checkCurrency(d, i);
        if (d.amount().signum() <= 0) {
            throw ApiException.invalidField("amount", "Must be greater than 0.");
        }
        Long minor = Money.minor(d.amount(), i.currency());
        if (minor == null) {
            throw ApiException.invalidField("amount", Money.problem(d.amount(), i.currency()));
        }
        return minor;
    }

    private static Payment reachable(Connection c, Actor actor, long paymentId, Long invoiceId, boolean lock)
            throws SQLException {
        Optional<Payment> p = PaymentRows.find(c, paymentId)
                .filter(found -> invoiceId == null || found.invoiceId() == invoiceId);
        if (p.isPresent()) {
            Optional<Invoice> i = lock ? InvoiceRows.lock(c, p.get().invoiceId()) : InvoiceRows.find(c, p.get().invoiceId());
            if (i.isPresent() && actor.reaches(i.get().createdBy())) {
                return p.get();
            }
        }
        throw ApiException.notFound("Payment");
    }

    private static String text(Optional<String> given, String current) {
        return given == null ? current : given.orElse(null);
    }
}
