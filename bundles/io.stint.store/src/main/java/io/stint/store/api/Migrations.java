package io.stint.store.api;

import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.osgi.annotation.bundle.Header;
import org.osgi.annotation.bundle.Requirement;
import org.osgi.namespace.extender.ExtenderNamespace;

/**
 * Declares that a bundle owns tables and ships the SQL migrations that create and change them.
 * <p>
 * Put it on any class or package of the bundle. The scripts live in the bundle under
 * {@link #value()}, named {@code V<version>__<description>.sql} (for example
 * {@code V1__create_notes.sql}); they are applied in version order when the bundle starts, each
 * once, and recorded with a checksum. Changing a script that was already applied is refused: add a
 * new version instead. Statements in a script end with {@code ;} at the end of a line; keep one DDL
 * statement per script where you can, since DDL commits at once.
 * <p>
 * A bundle whose migrations fail cannot obtain the {@link javax.sql.DataSource} or
 * {@link Transactions} service, so it never runs against a schema it does not expect.
 */
@Retention(CLASS)
@Target({ TYPE, PACKAGE })
@Requirement(namespace = ExtenderNamespace.EXTENDER_NAMESPACE, name = Migrations.EXTENDER, version = "1.0.0")
@Header(name = Migrations.HEADER, value = "${#value}")
public @interface Migrations {

    /** The extender name that the store provides. */
    String EXTENDER = "stint.migrations";

    /** The manifest header naming the folder of a bundle's migration scripts. */
    String HEADER = "Stint-Migrations";

    /** The folder inside the bundle that holds the scripts. */
    String value() default "OSGI-INF/stint/migrations";
}
