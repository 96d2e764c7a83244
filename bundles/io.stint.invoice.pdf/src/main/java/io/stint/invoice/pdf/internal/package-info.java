/** PDF: the implementation. */
package io.stint.invoice.pdf.internal;
