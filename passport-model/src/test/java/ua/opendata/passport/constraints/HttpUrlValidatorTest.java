package ua.opendata.passport.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpUrlValidatorTest {

    private final HttpUrlValidator validator = new HttpUrlValidator();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://data.gov.ua/dataset/registr", "http://shchastia-vca.gov.ua",
        "HTTPS://DATA.GOV.UA/x", "https://data.gov.ua:8443/api/3/action/package_show?id=x#top",
        "https://data.gov.ua/dataset/реєстр-наборів", "https://міськрада.укр/dani", "https://міськрада.укр",
        "https://user@міськрада.укр:8080/dani?x=1", "http://127.0.0.1/x", "http://[::1]:8080/x"})
    void absoluteHttpUrlsWithAHostPass(String url) {
        assertThat(HttpUrlValidator.isHttpUrl(url)).isTrue();
        assertThat(validator.isValid(url, null)).isTrue();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "data.gov.ua/dataset/x", "/dataset/x", "//data.gov.ua/x", "ftp://data.gov.ua/x.csv",
        "mailto:opendata@rada.gov.ua", "javascript:alert(1)", " https://data.gov.ua", "https://data.gov.ua ",
        "https://data.gov.ua/a b", "http://", "https:///x", "http:data.gov.ua", "file:///etc/passwd",
        "https://-погано-.укр/", "https://a_b.ua/x", "https://міськ рада.укр/"})
    void othersFail(String url) {
        assertThat(HttpUrlValidator.isHttpUrl(url)).isFalse();
        assertThat(validator.isValid(url, null)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void nullIsValid() {
        assertThat(validator.isValid(null, null)).isTrue();
        assertThat(new EdrpouValidator().isValid(null, null)).isTrue();
        assertThat(new EdrpouValidator().isValid("14360570", null)).isTrue();
        assertThat(new EdrpouValidator().isValid("14360571", null)).isFalse();
    }
}
