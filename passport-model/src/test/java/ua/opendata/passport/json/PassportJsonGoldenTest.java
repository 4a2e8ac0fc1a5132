package ua.opendata.passport.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.KnownFormat;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;
import ua.opendata.passport.Samples;

class PassportJsonGoldenTest {

    private final PassportJson json = PassportJson.defaults();

    @Test
    void passportIsWrittenByteForByte() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writePassport(Samples.fullPassport(), out);
        assertThat(out.toByteArray()).isEqualTo(golden("passport-full.json"));
        assertThat(json.toJson(Samples.fullPassport()))
                .isEqualTo(new String(golden("passport-full.json"), StandardCharsets.UTF_8));
    }

    @Test
    void passportIsReadEqual() throws IOException {
        Passport read = json.readPassport(new ByteArrayInputStream(golden("passport-full.json")), "passport-full.json");
        assertThat(read).isEqualTo(Samples.fullPassport());
        // dirty values survive with their raw text and their recognised meaning
        assertThat(read.updateFrequency().raw()).isEqualTo("once a month”");
        assertThat(read.updateFrequency().value()).isEqualTo(Frequency.ONCE_A_MONTH);
        assertThat(read.formats()).extracting(f -> f.value())
                .containsExactly(KnownFormat.CSV, KnownFormat.XLSX, KnownFormat.CSV);
        assertThat(read.lastModified().getOffset().getTotalSeconds()).isEqualTo(3 * 3600);
        assertThat(read.lastModified().getNano()).isEqualTo(123_000_000);
    }

    @Test
    void registerIsWrittenByteForByteAndReadEqual() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeRegister(Samples.register(), out);
        assertThat(out.toByteArray()).isEqualTo(golden("register.json"));
        assertThat(json.toJson(Samples.register())).isEqualTo(new String(golden("register.json"), StandardCharsets.UTF_8));
        Register read = json.readRegister(new ByteArrayInputStream(golden("register.json")), "register.json");
        assertThat(read).isEqualTo(Samples.register());
        assertThat(json.registerFromJson(json.toJson(read), "text")).isEqualTo(read);
    }

    @Test
    void filesAreWrittenAndReadThroughPaths(@TempDir Path dir) throws IOException {
        Path passportFile = dir.resolve("sub/passport.json");
        json.writePassport(Samples.fullPassport(), passportFile);
        assertThat(Files.readAllBytes(passportFile)).isEqualTo(golden("passport-full.json"));
        assertThat(json.readPassport(passportFile)).isEqualTo(Samples.fullPassport());

        Path registerFile = dir.resolve("register.json");
        Files.writeString(registerFile, "old content");
        json.writeRegister(Samples.register(), registerFile);
        assertThat(Files.readAllBytes(registerFile)).isEqualTo(golden("register.json"));
        assertThat(json.readRegister(registerFile)).isEqualTo(Samples.register());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("sub", "register.json");
        }
    }

    @Test
    void streamsAreNotClosed() throws IOException {
        boolean[] closed = {false, false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        json.writePassport(Samples.fullPassport(), out);
        InputStream in = new ByteArrayInputStream(out.toByteArray()) {
            @Override
            public void close() {
                closed[1] = true;
            }
        };
        json.readPassport(in, "stream");
        assertThat(closed).containsExactly(false, false);
    }

    @Test
    void passportFromJsonReadsWhatToJsonWrites() {
        Passport empty = Passport.builder().build();
        String text = json.toJson(empty);
        assertThat(text).isEqualTo("""
                {
                  "schemaVersion": 1,
                  "formats": [],
                  "keywords": [],
                  "distributions": [],
                  "extras": {}
                }
                """);
        assertThat(json.passportFromJson(text, "text")).isEqualTo(empty);
        assertThat(json.passportFromJson("{}", "text")).isEqualTo(empty);
        assertThat(json.passportFromJson("{\"title\": null, \"formats\": null, \"extras\": null}", "text"))
                .isEqualTo(empty);
    }

    @Test
    void missingSchemaVersionMeansOne() {
        assertThat(json.passportFromJson("{\"title\": \"Бюджет\"}", "t").title()).isEqualTo("Бюджет");
        assertThat(json.registerFromJson("{\"entries\": []}", "t")).isEqualTo(Register.of(java.util.List.of()));
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = PassportJsonGoldenTest.class.getResourceAsStream("/json/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void unpairedSurrogatesSurviveInValuesButAreRefusedInKeys() {
        Passport lone = Passport.builder().title("a\ud800b").addKeyword("\udc00").putExtra("k", "\ud83d").build();
        String text = json.toJson(lone);
        assertThat(text).contains("\"a\\ud800b\"");
        assertThat(json.passportFromJson(text, "t")).isEqualTo(lone);
        Passport emoji = Passport.builder().title("Щастя \ud83c\uddfa\ud83c\udde6").putExtra("\ud83d\ude00", "x").build();
        assertThat(json.passportFromJson(json.toJson(emoji), "t")).isEqualTo(emoji);
        Passport badKey = Passport.builder().putExtra("\ud800", "x").build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.toJson(badKey))
                .isInstanceOf(PassportJsonException.class)
                .hasMessageStartingWith("JSON output: $.extras: the key '\ud800' holds an unpaired UTF-16 surrogate");
    }

    @Test
    void aFailingStreamIsAnUncheckedIoException() {
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("диск переповнено");
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.writePassport(Samples.fullPassport(), broken))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageStartingWith("Could not write the JSON document to the stream: диск переповнено")
                .hasCauseInstanceOf(IOException.class);
    }
}
