/** The exporter registry and export jobs: the implementation. */
package io.stint.export.internal;
