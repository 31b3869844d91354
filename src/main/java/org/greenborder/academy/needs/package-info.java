/**
 * Regional capacity needs: assessment rounds with ratings per country, agency and theme (entered by analysts or
 * answered by workshop participants through a survey link), and the regional picture that sets them against what
 * the workshop, scenario and certificate modules report. Reads those modules only through their APIs.
 * {@link org.greenborder.academy.needs.NeedsService} and {@link org.greenborder.academy.needs.NeedsDashboard} are
 * the API.
 */
@ApplicationModule(displayName = "Needs")
package org.greenborder.academy.needs;

import org.springframework.modulith.ApplicationModule;
