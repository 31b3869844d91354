package org.greenborder.academy.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Certificates rendered per second: one complete certificate as issued (A4 landscape, two logos and two
 * signatures as stored after upload, a name in Latin and in local script, a QR code, fonts embedded as subsets),
 * from the content to the PDF bytes. Run with one and with two threads:
 * {@code ./mvnw -Pbenchmark -DskipTests test-compile exec:exec -Djmh.args="CertificateRenderBenchmark -t 1"} (and
 * {@code -t 2}); figures and the size of each variant (printed at the end of a trial) in docs/certificates.md.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CertificateRenderBenchmark {

    @Param({"FORMAL", "SIMPLE"})
    public CertificateLayout layout;

    /** The script of the local-script name: none, or one of the shaped or large ones. */
    @Param({"latin", "lao", "myanmar", "chinese"})
    public String script;

    private CertificatePdf.Sheet sheet;
    private int size;

    @Setup(Level.Trial)
    public void prepare() {
        String localName = switch (script) {
            case "lao" -> "ຄຳເພັດ ສີສະຫວາດ";
            case "myanmar" -> "အောင်ကျော်ဦး";
            case "chinese" -> "陳志強";
            default -> null;
        };
        byte[] logo = ImageUploads.prepare(TestImages.logo(), ImagePurpose.LOGO).bytes();
        byte[] signature = ImageUploads.prepare(TestImages.signature(), ImagePurpose.SIGNATURE).bytes();
        CertificateContent content = new CertificateContent(1, 2, "trainee", "Khamphet Sisavath", localName,
                "Attended 9 of 10 sessions (90 %).",
                "Capacity Building Workshop of SEAP Customs Officers on Controlling Illegal Trade in Chemicals and Waste",
                "Vientiane, Lao PDR", LocalDate.of(2014, 4, 1), LocalDate.of(2014, 4, 3), null,
                "UNEP OzonAction Compliance Assistance Programme and Regional Enforcement Network for Chemicals and Waste",
                layout, Instant.parse("2026-11-22T08:00:00Z"), null);
        String code = CertificateCode.generate();
        sheet = new CertificatePdf.Sheet(CertificateKind.ATTENDANCE, code, "https://academy.example.org/verify/" + code,
                content, logo, logo, List.of(new CertificatePdf.Signatory("Siriporn Chaiyasit", "Programme Officer", signature),
                new CertificatePdf.Signatory("Rohan Desai", "Enforcement specialist", signature)), false);
        size = CertificatePdf.render(sheet).length;
    }

    @Benchmark
    public byte[] render() {
        return CertificatePdf.render(sheet);
    }

    @TearDown(Level.Trial)
    public void report() {
        System.out.printf("%n[size] layout=%s script=%s bytes=%d%n", layout, script, size);
    }
}
