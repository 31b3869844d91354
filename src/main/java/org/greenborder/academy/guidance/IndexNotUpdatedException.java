package org.greenborder.academy.guidance;

/**
 * The search index could not be written (for example because the server's disk is full). Whatever was being saved
 * is saved: the database is the truth, and the index catches up from it when it is repaired.
 */
public class IndexNotUpdatedException extends RuntimeException {

    private static final String REPAIR = " The application repairs the search by itself as soon as it can; if this "
            + "message comes back, tell an administrator.";

    private final transient GuidanceDocument saved;

    private IndexNotUpdatedException(String message, GuidanceDocument saved, Throwable cause) {
        super(message + REPAIR, cause);
        this.saved = saved;
    }

    static IndexNotUpdatedException saved(String what, GuidanceDocument saved, Throwable cause) {
        return new IndexNotUpdatedException(what + " saved, but the search could not be updated (for example because "
                + "the server's disk is full), so search may not find the change yet.", saved, cause);
    }

    static IndexNotUpdatedException notRebuilt(Throwable cause) {
        return new IndexNotUpdatedException("The search index could not be rebuilt (for example because the server's "
                + "disk is full); nothing in the library is lost, but search may miss documents until it is.", null, cause);
    }

    /** The document as it was saved, or null when the failure was not about one document. */
    public GuidanceDocument saved() {
        return saved;
    }
}
