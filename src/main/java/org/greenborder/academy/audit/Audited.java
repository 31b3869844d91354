package org.greenborder.academy.audit;

/**
 * A feature's report that something worth auditing happened. Published inside the transaction that did it, it is
 * stored in that same transaction: what rolls back leaves no trace, what commits cannot lose its entry.
 *
 * @param actor  who did it; null for the signed-in user of the current thread (the usual case). Sign-in events,
 *               where nobody is signed in yet, name the account tried.
 * @param target what it was done to, e.g. "event 12 (REN workshop, Lao PDR)" or "user trainee"
 * @param detail what changed, in words; never a secret (no passwords, codes or revocation reasons)
 */
public record Audited(AuditAction action, String actor, String target, String detail) {

    public static Audited of(AuditAction action, String target, String detail) {
        return new Audited(action, null, target, detail);
    }

    public static Audited by(String actor, AuditAction action, String target, String detail) {
        return new Audited(action, actor, target, detail);
    }
}
