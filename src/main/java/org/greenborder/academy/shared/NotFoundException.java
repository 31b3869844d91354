package org.greenborder.academy.shared;

/**
 * The thing asked for does not exist, or the caller may not see it. Services use the same answer for both so
 * that ids cannot be probed.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
