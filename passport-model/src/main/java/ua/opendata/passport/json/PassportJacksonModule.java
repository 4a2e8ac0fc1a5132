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
    public PassportJacksonModule() {
        super("ua-opendata-passport");
        addSerializer(Passport.class, new JsonSerializer<>() {
            @Override
            public void serialize(Passport value, JsonGenerator g, SerializerProvider provider) throws IOException {
                DocumentWriter.writePassport(value, g);
            }
        });
        addSerializer(Register.class, new JsonSerializer<>() {
            @Override
            public void serialize(Register value, JsonGenerator g, SerializerProvider provider) throws IOException {
                DocumentWriter.writeRegister(value, g);
            }
        });
        addSerializer(RegisterEntry.class, new JsonSerializer<>() {
            @Override
            public void serialize(RegisterEntry value, JsonGenerator g, SerializerProvider provider)
                    throws IOException {
                DocumentWriter.writeEntry(value, g);
            }
        });
        addSerializer(DataFormat.class, new JsonSerializer<>() {
            @Override
            public void serialize(DataFormat value, JsonGenerator g, SerializerProvider provider) throws IOException {
                g.writeString(value.raw());
            }
        });
        addSerializer(UpdateFrequency.class, new JsonSerializer<>() {
            @Override
            public void serialize(UpdateFrequency value, JsonGenerator g, SerializerProvider provider)
                    throws IOException {
                g.writeString(value.raw());
            }
        });
        addSerializer(EntryStatus.class, new JsonSerializer<>() {
            @Override
            public void serialize(EntryStatus value, JsonGenerator g, SerializerProvider provider) throws IOException {
                g.writeString(value.code());
            }
        });
        addDeserializer(Passport.class, new JsonDeserializer<>() {
            @Override
            public Passport deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return orThrow(p, DocumentReader.readPassport(p, new ArrayList<>()));
            }
        });
        addDeserializer(Register.class, new JsonDeserializer<>() {
            @Override
            public Register deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return orThrow(p, DocumentReader.readRegister(p, new ArrayList<>()));
            }
        });
        addDeserializer(RegisterEntry.class, new JsonDeserializer<>() {
            @Override
            public RegisterEntry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return orThrow(p, DocumentReader.readEntry(p, new ArrayList<>()));
            }
        });
        addDeserializer(DataFormat.class, new JsonDeserializer<>() {
            @Override
            public DataFormat deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return DataFormat.parse(text(p, ctxt, DataFormat.class));
            }
        });
        addDeserializer(UpdateFrequency.class, new JsonDeserializer<>() {
            @Override
            public UpdateFrequency deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return UpdateFrequency.parse(text(p, ctxt, UpdateFrequency.class));
            }
        });
        addDeserializer(EntryStatus.class, new JsonDeserializer<>() {
            @Override
            public EntryStatus deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String code = text(p, ctxt, EntryStatus.class);
                for (EntryStatus s : EntryStatus.values()) {
                    if (s.code().equals(code)) {
                        return s;
                    }
                }
                String codes = Arrays.stream(EntryStatus.values()).map(EntryStatus::code)
                        .collect(Collectors.joining(", "));
                throw JsonMappingException.from(p, "unknown status '" + code + "'; use one of " + codes);
            }
        });
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
