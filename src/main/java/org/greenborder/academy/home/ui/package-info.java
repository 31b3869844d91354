@ApplicationModule(displayName = "Home UI", allowedDependencies = {"security", "shared", "workshop"})
package org.greenborder.academy.home.ui;

import org.springframework.modulith.ApplicationModule;
