package ua.opendata.passport.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.UpdateFrequency;

/**
 * The Jackson module for users' own object mappers: the same property names and value forms as
 * the codec's documents, with serializers and deserializers instead of annotations on the records.
 * Problems are thrown as {@link JsonMappingException} (so frameworks map them to a bad request)
 * with a {@link PassportJsonException} as the cause.
 */
final class PassportJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module, with every passport-model type registered. */
    PassportJacksonModule() {
        super("ua-opendata-passport");
        addSerializer(Passport.class, serializer(DocumentWriter::writePassport));
        addSerializer(Register.class, serializer(DocumentWriter::writeRegister));
        addSerializer(RegisterEntry.class, serializer(DocumentWriter::writeEntry));
        addSerializer(DataFormat.class, serializer((value, g) -> g.writeString(value.raw())));
        addSerializer(UpdateFrequency.class, serializer((value, g) -> g.writeString(value.raw())));
        addSerializer(EntryStatus.class, serializer((value, g) -> g.writeString(value.code())));
        addDeserializer(Passport.class, deserializer((p, ctxt) ->
                orThrow(p, DocumentReader.readPassport(p, new ArrayList<>()))));
        addDeserializer(Register.class, deserializer((p, ctxt) ->
                orThrow(p, DocumentReader.readRegister(p, new ArrayList<>()))));
        addDeserializer(RegisterEntry.class, deserializer((p, ctxt) ->
                orThrow(p, DocumentReader.readEntry(p, new ArrayList<>()))));
        addDeserializer(DataFormat.class, deserializer((p, ctxt) ->
                DataFormat.parse(text(p, ctxt, DataFormat.class))));
        addDeserializer(UpdateFrequency.class, deserializer((p, ctxt) ->
                UpdateFrequency.parse(text(p, ctxt, UpdateFrequency.class))));
        addDeserializer(EntryStatus.class, deserializer(PassportJacksonModule::status));
    }

    /** Writes one value. */
    @FunctionalInterface
    private interface Writing<T> {
        void write(T value, JsonGenerator g) throws IOException;
    }

    /** Reads one value. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(JsonParser p, DeserializationContext ctxt) throws IOException;
    }

    private static <T> JsonSerializer<T> serializer(Writing<T> writing) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                writing.write(value, g);
            }
        };
    }

    private static <T> JsonDeserializer<T> deserializer(Reading<T> reading) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return reading.read(p, ctxt);
            }
        };
    }

    private static EntryStatus status(JsonParser p, DeserializationContext ctxt) throws IOException {
        String code = text(p, ctxt, EntryStatus.class);
        for (EntryStatus s : EntryStatus.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        String codes = Arrays.stream(EntryStatus.values()).map(EntryStatus::code).collect(Collectors.joining(", "));
        throw JsonMappingException.from(p, JsonText.en("status.unknown", code, codes));
    }

    private static String text(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (String) ctxt.handleUnexpectedToken(type, p);
        }
        return p.getText();
    }

    private static <T> T orThrow(JsonParser p, DocumentReader.Result<T> result) throws JsonMappingException {
        List<PassportJsonException.Problem> problems = result.problems();
        T value = result.value();
        if (!problems.isEmpty() || value == null) {
            PassportJsonException cause = new PassportJsonException("JSON input", problems.isEmpty()
                    ? List.of(JsonText.problem(0, 0, "$", "value.none"))
                    : problems, null);
            throw JsonMappingException.from(p, cause.getMessage(), cause);
        }
        return value;
    }
}
