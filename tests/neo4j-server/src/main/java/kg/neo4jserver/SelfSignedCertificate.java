// A self-signed certificate for localhost and 127.0.0.1, made with the JDK's own keytool, written as the PEM
// files Neo4j's SSL policy reads (private.key in PKCS#8, public.crt); the test client trusts public.crt.
package kg.neo4jserver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;

final class SelfSignedCertificate {
    static final String PRIVATE_KEY = "private.key";
    static final String PUBLIC_CERTIFICATE = "public.crt";
    private static final String ALIAS = "kg-test";
    private static final char[] STORE_PASSWORD = "kg-test-only".toCharArray();

    private SelfSignedCertificate() {}

    static void write(Path dir) throws IOException, InterruptedException, GeneralSecurityException {
        Files.createDirectories(dir.resolve("trusted"));
        Files.createDirectories(dir.resolve("revoked"));
        Path store = dir.resolve("keystore.p12");
        Files.deleteIfExists(store);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(List.of(
                        keytool.toString(), "-genkeypair", "-noprompt",
                        "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-validity", "7",
                        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-ext", "BC:c=ca:true",
                        "-keystore", store.toString(), "-storetype", "PKCS12",
                        "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD)))
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("keytool failed: " + output);

        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, STORE_PASSWORD);
        }
        Key key = ks.getKey(ALIAS, STORE_PASSWORD);
        Certificate cert = ks.getCertificate(ALIAS);
        Files.writeString(dir.resolve(PRIVATE_KEY), pem("PRIVATE KEY", key.getEncoded()));
        Files.writeString(dir.resolve(PUBLIC_CERTIFICATE), pem("CERTIFICATE", cert.getEncoded()));
        Files.writeString(dir.resolve("trusted").resolve(PUBLIC_CERTIFICATE), pem("CERTIFICATE", cert.getEncoded()));
        Files.delete(store);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
