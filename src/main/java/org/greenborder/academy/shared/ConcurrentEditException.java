package org.greenborder.academy.shared;

/** Someone else saved the same record after the caller loaded it; the caller should reload and retry. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else in the meantime. Reload it and apply your change again.");
    }
}
