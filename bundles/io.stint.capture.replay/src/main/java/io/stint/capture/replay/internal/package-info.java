/** Internal to io.stint.capture.replay. */
package io.stint.capture.replay.internal;
