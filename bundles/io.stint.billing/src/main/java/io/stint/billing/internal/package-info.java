/** The billing module's implementation: services, rates and profiles in its own tables, and their routes. */
@io.stint.store.api.Migrations
package io.stint.billing.internal;
