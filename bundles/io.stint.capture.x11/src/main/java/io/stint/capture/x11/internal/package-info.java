/** Internal to io.stint.capture.x11. */
package io.stint.capture.x11.internal;
