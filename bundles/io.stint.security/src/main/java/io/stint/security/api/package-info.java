/**
 * Who is calling Stint's {@code /api/v1}, and what they may do.
 * <p>
 * Every resource method of the {@code /api/v1} application requires a valid API token unless it is
 * annotated {@link jakarta.annotation.security.PermitAll}. A method annotated
 * {@link jakarta.annotation.security.RolesAllowed} with a scope (see {@link Scopes}) also requires
 * that scope: {@code @RolesAllowed(Scopes.READ_PROJECTS)}. The check happens before the method runs
 * and before its input is read. The method learns who called through
 * {@code Caller.of(securityContext)}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package io.stint.security.api;
