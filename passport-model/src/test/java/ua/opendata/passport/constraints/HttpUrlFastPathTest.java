package ua.opendata.passport.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path never accepts what the full {@link java.net.URI} check rejects. */
class HttpUrlFastPathTest {

    private static final String ALPHABET = "aZ09-._~:/?#[]@!$&'()*+,;=%% \"<>\\^`{|}ф\u0000";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://data.gov.ua/dataset/x", "http://a.b", "https://a-b.example.org:8443/p?q=1#f",
        "https://x.example/%D0%B4", "https://1.2.3.4/", "https://a..b/", "https://-a.b/", "https://a.b-/",
        "https://a.b:/", "https://a.b:123456/", "https://a.b/x#y#z", "https://a.b/%zz", "https://a.b/a b",
        "https://a.b/[x]", "https://a.1b/", "HTTPS://A.B/", "https://a.b/ф", "https:///x", "https://:80/",
        "https://a.b?x", "https://a.b#", "https://a_b.c/"})
    void agreesWithTheFullCheck(String url) {
        if (HttpUrlValidator.isPlainHttpUrl(url)) {
            assertThat(HttpUrlValidator.isHttpUrlByUri(url)).as(url).isTrue();
        }
        assertThat(HttpUrlValidator.isHttpUrl(url)).isEqualTo(HttpUrlValidator.isHttpUrlByUri(url));
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void agreesOnRandomUrlLikeText(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 200; k++) {
            StringBuilder b = new StringBuilder(r.nextBoolean() ? "https://" : "http://");
            int host = r.nextInt(12);
            for (int i = 0; i < host; i++) {
                b.append("ab-.9Z".charAt(r.nextInt(6)));
            }
            if (r.nextInt(4) == 0) {
                b.append(':').append(r.nextInt(100_000));
            }
            int rest = r.nextInt(15);
            for (int i = 0; i < rest; i++) {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            String url = b.toString();
            if (HttpUrlValidator.isPlainHttpUrl(url)) {
                assertThat(HttpUrlValidator.isHttpUrlByUri(url)).as("seed %d: %s", seed, url).isTrue();
            }
        }
    }
}
