package io.stint.tracking.api;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Stint's projects. Projects are never deleted: archiving sets their status to
 * {@link Project#ARCHIVED}, and they stay readable. Failures are Stint's API exceptions
 * ({@code io.stint.rest.api.ApiException}): 404 for an id that does not exist, 400 with field
 * errors for invalid input.
 */
@ProviderType
public interface ProjectService {

    /** Creates a project from {@code draft}; its client must exist and be active. */
    Project create(ProjectDraft draft);

    /** The project with {@code id}, archived or not. */
    Optional<Project> find(long id);

    /** A page of the projects {@code query} selects, by name. */
    List<Project> list(ProjectQuery query, long offset, int limit);

    /** The number of projects {@code query} selects. */
    long count(ProjectQuery query);

    /**
     * Changes the project with {@code id} to what {@code change} makes of its current fields, in
     * one transaction. A status change to or from archived sets or clears {@link Project#archivedAt()}.
     */
    Project update(long id, UnaryOperator<ProjectDraft> change);

    /** Archives the project with {@code id}; archiving an archived project changes nothing. */
    Project archive(long id);
}
