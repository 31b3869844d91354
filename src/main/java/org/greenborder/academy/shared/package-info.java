/**
 * Shared kernel: value objects used by several features, persistence support and the UI shell.
 * Open, so that every feature may use its sub-packages; it depends on no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.greenborder.academy.shared;

import org.springframework.modulith.ApplicationModule;
