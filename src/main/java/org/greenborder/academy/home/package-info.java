/** Each role's home page: what the signed-in user can do now. */
@ApplicationModule(displayName = "Home")
package org.greenborder.academy.home;

import org.springframework.modulith.ApplicationModule;
