/**
 * What a module needs to serve resources in Stint's {@code /api/v1}: the application to select,
 * the error type every failure becomes, and TimeTracker's pagination envelope.
 * <p>
 * A module's resource is a DS component with the OSGi Jakarta RESTful Web Services whiteboard
 * annotations:
 *
 * <pre>
 * &#64;Component(service = NotesResource.class)
 * &#64;JakartarsResource
 * &#64;JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
 * &#64;Path("notes")
 * </pre>
 *
 * It exists exactly while its bundle is active.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package io.stint.rest.api;
