/** CSV: the implementation. */
package io.stint.export.csv.internal;
