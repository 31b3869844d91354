/** The organisers' certificate desk per workshop, the holders' "My certificates", and the public verification page. */
@ApplicationModule(displayName = "Certificates UI", allowedDependencies = {"certificate", "security", "shared"})
package org.greenborder.academy.certificate.ui;

import org.springframework.modulith.ApplicationModule;
