package io.stint.tracking.api;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Stint's clients. Clients are never deleted: archiving makes them {@link Client#INACTIVE}, and
 * they stay readable. Failures are Stint's API exceptions ({@code io.stint.rest.api.ApiException}):
 * 404 for an id that does not exist, 400 with field errors for invalid input.
 */
@ProviderType
public interface ClientService {

    /** Creates a client from {@code draft}. */
    Client create(ClientDraft draft);

    /** The client with {@code id}, archived or not. */
    Optional<Client> find(long id);

    /** A page of the clients {@code query} selects, by name. */
    List<Client> list(ClientQuery query, long offset, int limit);

    /** The number of clients {@code query} selects. */
    long count(ClientQuery query);

    /**
     * Changes the client with {@code id} to what {@code change} makes of its current fields, in
     * one transaction.
     */
    Client update(long id, UnaryOperator<ClientDraft> change);

    /** Archives the client with {@code id}: it becomes inactive and takes no new projects. */
    Client archive(long id);
}
