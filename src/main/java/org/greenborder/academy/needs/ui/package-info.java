/** The regional dashboard, country profiles, assessment rounds and rating sheets, theme list, and the survey page. */
@ApplicationModule(displayName = "Needs UI", allowedDependencies = {"needs", "workshop", "security", "shared"})
package org.greenborder.academy.needs.ui;

import org.springframework.modulith.ApplicationModule;
