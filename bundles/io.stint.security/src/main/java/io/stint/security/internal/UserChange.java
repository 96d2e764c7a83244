package io.stint.security.internal;

/**
 * A user's fields to set; null leaves a field as it is. {@code clearEmail} and {@code clearFullName}
 * set those to null.
 */
record UserChange(String username, String password, String email, boolean clearEmail, String fullName,
        boolean clearFullName, String role, Boolean active, String timezone) {

    static UserChange none() {
        return new UserChange(null, null, null, false, null, false, null, null, null);
    }

    UserChange withPassword(String newPassword) {
        return new UserChange(username, newPassword, email, clearEmail, fullName, clearFullName, role, active, timezone);
    }
}
