package org.greenborder.academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CertificatePropertiesTest {

    @Test
    void theVerificationAddressIsThePublicOneWithoutADoubleSlash() {
        CertificateProperties properties = new CertificateProperties("https://academy.example.org/", 30, 20);
        assertThat(properties.verificationUrl("7KQM-W3XD-9HPT-RZ4C-N")).isEqualTo("https://academy.example.org/verify/7KQM-W3XD-9HPT-RZ4C-N");
        assertThat(properties.local()).isFalse();
    }

    @Test
    void addressesOnlyThisMachineReachesAreRecognised() {
        assertThat(new CertificateProperties("http://localhost:8080", 30, 20).local()).isTrue();
        assertThat(new CertificateProperties("http://127.0.0.1:8080", 30, 20).local()).isTrue();
        assertThat(new CertificateProperties("https://certificates.unep.example", 30, 20).local()).isFalse();
    }
}
