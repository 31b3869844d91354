/**
 * Users, roles, authentication and the security configuration. {@link UserAccountService} and
 * {@link CurrentUser} are the API other features use; the repository stays inside.
 */
@ApplicationModule(displayName = "Security and users")
package org.greenborder.academy.security;

import org.springframework.modulith.ApplicationModule;
