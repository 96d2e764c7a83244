package io.stint.invoice.internal;

import io.stint.tracking.api.Client;
import io.stint.tracking.api.Project;

/**
 * Whom an invoice bills, resolved: the client, the project (or null) and the invoice's currency, in
 * which its lines are priced.
 */
record Target(Client client, Project project, String currency) {

    Long projectId() {
        return project == null ? null : project.id();
    }
}
