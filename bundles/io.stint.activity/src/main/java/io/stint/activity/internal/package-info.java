/** Internal to io.stint.activity. */
package io.stint.activity.internal;
