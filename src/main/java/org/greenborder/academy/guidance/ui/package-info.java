/** Search page, document page and editor of the guidance library. */
@ApplicationModule(displayName = "Guidance UI", allowedDependencies = {"guidance", "security", "shared"})
package org.greenborder.academy.guidance.ui;

import org.springframework.modulith.ApplicationModule;
