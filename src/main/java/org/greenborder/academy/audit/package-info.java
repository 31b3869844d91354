/**
 * The audit trail: features report what users did ({@link Audited}), this module stores it append-only and lets
 * administrators read it. It depends on no feature, so any feature may report to it.
 */
@ApplicationModule(displayName = "Audit log")
package org.greenborder.academy.audit;

import org.springframework.modulith.ApplicationModule;
