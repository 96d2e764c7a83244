/** Stint invoicing: the implementation. */
package io.stint.invoice.internal;
