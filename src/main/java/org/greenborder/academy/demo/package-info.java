/**
 * Demo data: loaded on first start when {@code gba.demo-data.enabled} is true (the embedded default), through
 * the features' own services, and recorded so that a restart never loads it twice.
 */
@ApplicationModule(displayName = "Demo data")
package org.greenborder.academy.demo;

import org.springframework.modulith.ApplicationModule;
