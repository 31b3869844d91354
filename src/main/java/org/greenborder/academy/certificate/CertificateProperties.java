package org.greenborder.academy.certificate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * gba.certificates.*: the public address printed in QR codes (GBA_PUBLIC_URL; it must be the address people outside
 * reach, since a printed certificate cannot be corrected), and the rate limits of the public verification.
 */
@ConfigurationProperties("gba.certificates")
public record CertificateProperties(@DefaultValue("http://localhost:8080") String publicUrl,
                                    @DefaultValue("30") int lookupsPerMinute,
                                    @DefaultValue("20") int unknownCodesPerHour) {

    public CertificateProperties {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String verificationUrl(String code) {
        return publicUrl + "/verify/" + code;
    }
}
