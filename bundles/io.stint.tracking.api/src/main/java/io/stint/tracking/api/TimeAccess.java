package io.stint.tracking.api;

/**
 * Who acts on time entries: a non-admin sees and changes only their own entries; another user's
 * entry behaves as if it did not exist.
 *
 * @param userId the acting user
 * @param admin whether they see and change every user's entries
 */
public record TimeAccess(long userId, boolean admin) {

    /** Whether this actor may see or change an entry of {@code ownerId}. */
    public boolean mayAccess(long ownerId) {
        return admin || ownerId == userId;
    }
}
