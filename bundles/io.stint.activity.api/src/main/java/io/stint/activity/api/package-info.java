/**
 * The activity module's hooks for other modules. A billing module registers a
 * {@link io.stint.activity.api.ProfileDirectory}; blocks are assigned to its profiles and show their
 * client, project and service names. Without one, blocks can only be unassigned.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.stint.activity.api;
