@ApplicationModule(displayName = "Home UI", allowedDependencies = {"security", "shared"})
package org.greenborder.academy.home.ui;

import org.springframework.modulith.ApplicationModule;
