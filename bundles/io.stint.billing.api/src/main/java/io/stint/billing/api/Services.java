package io.stint.billing.api;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The services work is billed as. Failures are Stint's API exceptions
 * ({@code io.stint.rest.api.ApiException}): 400 with field errors (a blank name), 404 for an unknown
 * id, 409 for a name already taken.
 */
@ProviderType
public interface Services {

    Service create(ServiceDraft draft);

    Optional<Service> find(long id);

    /** A page by name; {@code activeOnly} leaves out inactive ones. */
    List<Service> list(boolean activeOnly, long offset, int limit);

    long count(boolean activeOnly);

    Service update(long id, UnaryOperator<ServiceDraft> change);

    /** Deactivates the service: it stays readable, takes no new profiles. */
    Service delete(long id);
}
