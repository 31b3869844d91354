/**
 * Simulated shipment inspections: scenario files (read, checked, offered), attempts and their moves, variants
 * drawn from a seed, scoring and review. {@link org.greenborder.academy.scenario.ScenarioService} is the API;
 * {@link org.greenborder.academy.scenario.AttemptCompleted} tells other modules when an attempt closes.
 */
@ApplicationModule(displayName = "Scenarios")
package org.greenborder.academy.scenario;

import org.springframework.modulith.ApplicationModule;
