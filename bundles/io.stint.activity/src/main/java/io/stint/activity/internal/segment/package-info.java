/** Segmentation of captured activity events into billable blocks (pure Java, no OSGi). */
package io.stint.activity.internal.segment;
