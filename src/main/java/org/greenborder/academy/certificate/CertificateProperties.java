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

    /** Whether the address is one only this machine reaches: QR codes printed with it lead nowhere for anyone else. */
    public boolean local() {
        String host = java.net.URI.create(publicUrl).getHost();
        return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("0.0.0.0");
    }

    public String verificationUrl(String code) {
        return publicUrl + "/verify/" + code;
    }
}
