/**
 * Certificates: completion of the scenarios a workshop requires, workshop attendance, and thanks to resource persons.
 * Issued when the scenario and workshop modules say something happened ({@code AttemptCompleted},
 * {@code WorkshopClosed}) and by hand; rendered once to PDF and stored with its SHA-256; verified by anyone at
 * {@code /verify/{code}}. {@link org.greenborder.academy.certificate.CertificateService} is the API.
 */
@ApplicationModule(displayName = "Certificates")
package org.greenborder.academy.certificate;

import org.springframework.modulith.ApplicationModule;
