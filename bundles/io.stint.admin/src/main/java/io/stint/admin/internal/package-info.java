/** Module management: the implementation. */
package io.stint.admin.internal;
