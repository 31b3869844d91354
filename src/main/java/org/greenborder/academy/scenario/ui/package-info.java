/** The trainee's catalogue, attempt screen, review and history, and the admins' scenario problems and reload. */
@ApplicationModule(displayName = "Scenarios UI", allowedDependencies = {"scenario", "guidance", "security", "shared"})
package org.greenborder.academy.scenario.ui;

import org.springframework.modulith.ApplicationModule;
