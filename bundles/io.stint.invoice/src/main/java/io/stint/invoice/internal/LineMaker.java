package io.stint.invoice.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Makes the lines of an invoice for its target, inside the transaction that stores them. */
@FunctionalInterface
interface LineMaker {

    /**
     * @param existing the draft the lines are added to, or null for a new invoice
     * @throws io.stint.rest.api.ApiException when the request cannot be billed; nothing is stored then
     */
    List<Line> make(Connection c, Target target, Invoice existing) throws SQLException;
}
