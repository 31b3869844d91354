/** Organisers' event list and editor, participants' "my workshops", QR check-in, follow-up and evaluation. */
@ApplicationModule(displayName = "Workshops UI", allowedDependencies = {"workshop", "security", "shared"})
package org.greenborder.academy.workshop.ui;

import org.springframework.modulith.ApplicationModule;
