package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.internal.Texts;

class ErrorMapperTest {
    private static final ObjectMapper M = new ObjectMapper();

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({
        "Not Found Error, 404, CkanNotFoundException",
        "Authorization Error, 403, CkanAuthorizationException",
        "Integrity Error, 400, CkanIntegrityException",
        "Search Query Error, 400, CkanSearchQueryException",
        "Search Error, 409, CkanSearchException",
        "Search Index Error, 500, CkanSearchIndexException",
        "Internal Server Error, 500, CkanInternalException",
        "Validation Error, 409, CkanValidationException",
        "Some Plugin Error, 500, CkanApiException"
    })
    void mapsByErrorType(String type, int status, String expected) throws Exception {
        JsonNode error = M.readTree("{\"__type\": \"" + type + "\", \"message\": \"m\"}");

        CkanException e = ErrorMapper.map("package_show", status, error, null);

        assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
        assertThat(((CkanApiException) e).errorType()).isEqualTo(type);
        assertThat(e.action()).isEqualTo("package_show");
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.getMessage()).startsWith("package_show: ");
        assertThat(e.getMessage(Locale.forLanguageTag("uk"))).startsWith("package_show: ")
                .isNotEqualTo(e.getMessage());
    }

    @Test
    void flattensNestedResourceErrors() throws Exception {
        JsonNode error = M.readTree("{\"resources\": [{}, {\"url\": [\"Missing value\"]}],"
                + " \"name\": [\"Missing value\", \"Too short\"], \"__type\": \"Validation Error\"}");

        CkanValidationException e =
                (CkanValidationException) ErrorMapper.map("package_create", 409, error, null);

        assertThat(e.fieldErrors()).containsOnlyKeys("resources[1].url", "name");
        assertThat(e.fieldErrors().get("resources[1].url")).containsExactly("Missing value");
        assertThat(e.fieldErrors().get("name")).containsExactly("Missing value", "Too short");
        assertThat(e.getMessage()).contains("resources[1].url");
    }

    @Test
    void integrityErrorDataIsNotInTheMessage() throws Exception {
        JsonNode error = M.readTree("{\"__type\": \"Integrity Error\", \"message\": \"dup\","
                + " \"data\": {\"secret_field\": \"do-not-log\"}}");

        CkanException e = ErrorMapper.map("package_create", 400, error, null);

        assertThat(e.getMessage()).doesNotContain("do-not-log");
    }

    @Test
    void redactsTheKeyFromServerTexts() throws Exception {
        String key = "0f1e2d3c-key";
        JsonNode error = M.readTree("{\"__type\": \"Not Found Error\", \"message\": \"no " + key
                + "\"}");

        CkanException e = ErrorMapper.map("package_show", 404, error, key);
        CkanUnexpectedResponseException u = ErrorMapper.unexpected("package_show", 502, "text/html",
                "<h1>bad " + key + "</h1>", null, null, null, key, 1, -1);

        assertThat(e.getMessage()).doesNotContain(key).contains("***");
        assertThat(u.getMessage()).doesNotContain(key);
        assertThat(u.excerpt()).doesNotContain(key);
    }

    @Test
    void excerptIsShortAndFlat() {
        String body = "<html>\n\t<body>" + "x".repeat(1000) + "</body></html>";

        String ex = Texts.excerpt(body, 50, null);

        assertThat(ex).hasSizeLessThanOrEqualTo(51).doesNotContain("\n").doesNotContain("\t")
                .endsWith("…");
        assertThat(List.of(Texts.excerpt("a  \n b", 50, null))).containsExactly("a b");
    }
}
