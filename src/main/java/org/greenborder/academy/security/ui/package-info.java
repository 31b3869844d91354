/** Sign-in, the user directory for administrators and each user's own account page. */
@ApplicationModule(displayName = "Security UI", allowedDependencies = {"security", "shared"})
package org.greenborder.academy.security.ui;

import org.springframework.modulith.ApplicationModule;
