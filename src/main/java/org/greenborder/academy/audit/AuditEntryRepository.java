package org.greenborder.academy.audit;

import org.springframework.data.repository.Repository;

/** Insert only: no update or delete is exposed (a plain {@link Repository}, not a CrudRepository). */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);
}
