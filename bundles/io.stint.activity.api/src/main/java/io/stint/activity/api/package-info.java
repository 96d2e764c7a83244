/**
 * The activity module's services and hooks for other modules. It supplies {@link io.stint.activity.api.Blocks},
 * {@link io.stint.activity.api.Tracking} and {@link io.stint.activity.api.Reclassification}; a billing
 * module registers a {@link io.stint.activity.api.ProfileDirectory} (blocks are assigned to its profiles
 * and show their names) and a rule module a {@link io.stint.activity.api.BlockClassifier} (new blocks
 * are assigned as they are made); a helper module may register {@link io.stint.activity.api.BlockSuggestions}
 * (pending suggestions shown beside blocks that need review). An invoicing module marks billed blocks
 * through {@link io.stint.activity.api.BlockInvoices}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package io.stint.activity.api;
