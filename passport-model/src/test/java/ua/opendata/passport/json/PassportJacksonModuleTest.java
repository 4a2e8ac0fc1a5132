package ua.opendata.passport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.KnownFormat;
import ua.opendata.passport.Passport;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.Samples;
import ua.opendata.passport.UpdateFrequency;

class PassportJacksonModuleTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(PassportJson.jacksonModule());

    /** An application's own type that holds model values. */
    record Envelope(String requestId, Passport passport, List<RegisterEntry> entries, DataFormat format,
            UpdateFrequency frequency, EntryStatus status) {
    }

    @Test
    void modelValuesInsideAnApplicationsTypesRoundTrip() throws Exception {
        Envelope e = new Envelope("req-1", Samples.fullPassport(), Samples.register().entries(),
                DataFormat.parse(".сsv"), UpdateFrequency.parse("once a month”"), EntryStatus.RESTRICTED);
        String text = mapper.writeValueAsString(e);
        assertThat(text).contains("\"format\":\".сsv\"", "\"frequency\":\"once a month”\"", "\"status\":\"restricted\"");
        Envelope back = mapper.readValue(text, Envelope.class);
        assertThat(back).isEqualTo(e);
        assertThat(back.format().value()).isEqualTo(KnownFormat.CSV);
    }

    @Test
    void moduleWritesTheCodecsLayout() throws Exception {
        Passport p = Samples.fullPassport();
        assertThat(mapper.readTree(mapper.writeValueAsString(p)))
                .isEqualTo(mapper.readTree(PassportJson.defaults().toJson(p)));
    }

    @Test
    void problemsAreJacksonMappingExceptionsWithTheCodecsCause() {
        String text = "{\"requestId\": \"r\", \"passport\": {\"titel\": \"x\"}}";
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(text, Envelope.class));
        assertThat(e.getCause()).isInstanceOf(PassportJsonException.class);
        PassportJsonException cause = (PassportJsonException) e.getCause();
        assertThat(cause.jsonPath()).isEqualTo("$.titel");
        assertThat(cause.column()).isEqualTo(text.indexOf("\"titel\"") + 1);
        assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName).containsExactly("passport");
    }

    @Test
    void unknownStatusIsRefused() {
        assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"s\": \"done\"}", new TypeReference<Map<String, EntryStatus>>() { }));
    }
}
