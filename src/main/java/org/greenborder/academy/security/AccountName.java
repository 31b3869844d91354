package org.greenborder.academy.security;

/** A user as others may see them: user name and full name, nothing else. */
public record AccountName(String username, String fullName) {

    @Override
    public String toString() {
        return fullName + " (" + username + ")";
    }
}
