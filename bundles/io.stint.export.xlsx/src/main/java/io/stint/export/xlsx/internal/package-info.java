/** XLSX: the implementation. */
package io.stint.export.xlsx.internal;
