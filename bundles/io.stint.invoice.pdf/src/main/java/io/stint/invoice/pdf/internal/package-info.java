/**
 * The PDF invoice renderer: OpenPDF draws the document; OpenPDF's packages are copied into this
 * bundle and kept private (see the pom), so the bundle is self-contained and swappable.
 */
package io.stint.invoice.pdf.internal;
