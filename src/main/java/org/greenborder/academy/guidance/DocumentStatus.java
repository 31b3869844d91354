package org.greenborder.academy.guidance;

/** Published documents are found by everyone; drafts only by organisers and admins; archived ones by nobody. */
public enum DocumentStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
