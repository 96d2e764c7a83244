/** ChronicleCore's API over Stint's services: application, filters, wire shapes and resources. */
package io.stint.compat.chronicle.internal;
