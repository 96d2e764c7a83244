/** The compat.chronicle module's implementation. */
package io.stint.compat.chronicle.internal;
