/** The tracking services over the store, and their thin {@code /api/v1} resources. */
package io.stint.tracking.internal;
