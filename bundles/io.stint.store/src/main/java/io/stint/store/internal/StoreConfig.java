package io.stint.store.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Stint store", description = "The database Stint keeps its data in.")
@interface StoreConfig {

    @AttributeDefinition(description = "JDBC URL; empty means the HSQLDB file database under the data folder (STINT_DATA)")
    String url() default "";

    @AttributeDefinition(description = "Database user")
    String user() default "SA";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Database password")
    String _password() default "";

    @AttributeDefinition(description = "Most connections the pool opens")
    int pool_max_size() default 10;

    @AttributeDefinition(description = "Filter selecting the JDBC driver's DataSourceFactory service")
    String dataSourceFactory_target() default "(osgi.jdbc.driver.class=org.hsqldb.jdbc.JDBCDriver)";
}
