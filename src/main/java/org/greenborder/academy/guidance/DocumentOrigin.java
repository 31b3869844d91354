package org.greenborder.academy.guidance;

/** Where a document comes from: a file under content/ (the file wins on the next import) or the in-app editor. */
public enum DocumentOrigin {
    FILE, EDITOR
}
