package ua.opendata.core.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS is verified: a server with a self-signed certificate is not trusted. */
class ProbeTlsTest {

    @TempDir
    Path dir;

    @Test
    void aSelfSignedCertificateIsRefused() throws Exception {
        SSLContext ssl = selfSigned(dir.resolve("server.p12"));
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 8);
        server.setHttpsConfigurator(new HttpsConfigurator(ssl));
        AtomicInteger served = new AtomicInteger();
        server.createContext("/data.csv", ex -> {
            served.incrementAndGet();
            byte[] body = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try (ResourceProbe probe = ResourceProbeTest.loopbackProbe().build()) {
            ResourceCheck c = probe.check(ResourceTarget.of(
                    "https://127.0.0.1:" + server.getAddress().getPort() + "/data.csv", "csv"));

            assertThat(c.outcome()).isEqualTo(LinkOutcome.TLS_FAILURE);
            assertThat(c.problems()).extracting(ResourceProblem::code).containsExactly("RES-UNREACHABLE");
            assertThat(c.problems().get(0).message().en()).contains("secure connection (TLS) failed");
        } finally {
            server.stop(0);
        }
        assertThat(served).hasValue(0);
    }

    /** A key store made by the JDK's keytool, and a server context from it. */
    private static SSLContext selfSigned(Path store) throws IOException, InterruptedException, GeneralSecurityException {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(List.of(keytool, "-genkeypair", "-keystore", store.toString(), "-storetype",
                "PKCS12", "-storepass", "changeit", "-keypass", "changeit", "-alias", "server", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "2", "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1"))
                .redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }
}
