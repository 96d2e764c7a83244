/** The rules module's implementation. */
package io.stint.rules.internal;
