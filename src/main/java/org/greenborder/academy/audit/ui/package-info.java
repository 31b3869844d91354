/** The administrators' view of the audit trail. */
@ApplicationModule(displayName = "Audit log UI", allowedDependencies = {"audit", "shared"})
package org.greenborder.academy.audit.ui;

import org.springframework.modulith.ApplicationModule;
