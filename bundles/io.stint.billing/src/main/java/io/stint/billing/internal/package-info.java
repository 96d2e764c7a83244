/** The billing module's implementation. */
package io.stint.billing.internal;
