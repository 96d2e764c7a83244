/** Internal to io.stint.capture.activitywatch. */
package io.stint.capture.activitywatch.internal;
