package io.stint.activity.api;

/**
 * A billing profile as a block shows it.
 *
 * @param id the profile's id
 * @param name its display name, or null
 * @param clientName the client's name
 * @param projectName the project's name, or null
 * @param serviceName the service's name, or null
 * @param active false once the profile is deleted: no block may be assigned to it any more
 */
public record ProfileSummary(long id, String name, String clientName, String projectName, String serviceName,
        boolean active) {
}
