package ua.opendata.passport.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;

/** A JSON register document keeps where each entry's object starts: {@code register.json:line:column}. */
class RegisterDocumentLocationsTest {

    @Test
    void eachEntryIsLocatedWhereItsObjectStarts(@TempDir Path dir) throws Exception {
        Register register = Register.of(List.of(RegisterEntry.builder().identifier("d-1").title("Бюджет").build(),
                RegisterEntry.builder().identifier("d-2").title("Дороги").build()));
        String json = PassportJson.defaults().toJson(register);
        Path file = Files.writeString(dir.resolve("register.json"), json);
        RegisterDocument read = PassportJson.defaults().readRegisterDocument(file);
        assertThat(read.register()).isEqualTo(register);
        assertThat(read.locations().size()).isEqualTo(2);
        // where the second entry's "{" stands in the written text
        String[] lines = json.split("\n", -1);
        int line = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("\"d-2\"")) {
                line = i; // the object opens on the line before its identifier
                break;
            }
        }
        int column = lines[line - 1].indexOf('{') + 1;
        assertThat(column).isPositive();
        assertThat(read.locations().locate(1, "title").map(Object::toString))
                .contains(file + ":" + line + ":" + column);
        assertThat(read.locations().entry(1).map(Object::toString)).contains(file + ":" + line + ":" + column);
    }

    @Test
    void aCompactDocumentLocatesEntriesOnOneLineByColumn() {
        String json = "{\"schemaVersion\":1,\"entries\":[{\"identifier\":\"a\"},{\"identifier\":\"b\"}]}";
        RegisterDocument read = PassportJson.defaults().readRegisterDocument(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "r.json");
        assertThat(read.locations().entry(0).map(Object::toString)).contains("r.json:1:" + (json.indexOf("{\"id") + 1));
        assertThat(read.locations().locate(1, "identifier").map(Object::toString))
                .contains("r.json:1:" + (json.lastIndexOf("{\"id") + 1));
    }
}
