package org.greenborder.academy.scenario;

/** What a load of the scenario folder found: scenarios now on offer, and files with problems. */
public record ReloadSummary(int offered, int invalid) {
}
