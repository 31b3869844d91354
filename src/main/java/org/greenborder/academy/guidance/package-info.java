/**
 * The enforcement guidance library: documents imported from {@code content/} or written in the app, and their
 * search on Lucene through Hibernate Search. All Lucene and Hibernate Search code lives in this package.
 * {@link org.greenborder.academy.guidance.GuidanceService} is the API.
 */
@ApplicationModule(displayName = "Guidance library")
package org.greenborder.academy.guidance;

import org.springframework.modulith.ApplicationModule;
