package ua.opendata.passport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.opendata.passport.Generators835.attempt;
import static ua.opendata.passport.Generators835.describe;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.passport.Generators835;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;

/**
 * Lossless round trips for generated passports and registers. Each case is a seed: the input is
 * drawn from {@link Generators835#random(long)}, so a failing seed reproduces its input exactly.
 */
class PassportJsonPropertyTest {

    private final PassportJson json = PassportJson.defaults();
    private final ObjectMapper mapper = new ObjectMapper().registerModule(PassportJson.jacksonModule());

    static IntStream seeds500() {
        return Generators835.seeds(500);
    }

    static IntStream seeds300() {
        return Generators835.seeds(300);
    }

    static IntStream seeds200() {
        return Generators835.seeds(200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds500")
    void passportRoundTripsThroughBytes(int seed) {
        Passport p = Generators835.passport(Generators835.random(seed));
        String what = "seed " + seed + ": " + describe(p);
        byte[] written = attempt(what, () -> write(p));
        Passport read = attempt(what, () -> json.readPassport(new ByteArrayInputStream(written), "generated"));
        assertThat(read).as("%s", what).isEqualTo(p);
        assertThat(attempt(what, () -> write(read))).as("%s, written again", what).isEqualTo(written);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds300")
    void passportRoundTripsThroughText(int seed) {
        Passport p = Generators835.passport(Generators835.random(seed));
        String what = "seed " + seed + ": " + describe(p);
        Passport read = attempt(what, () -> json.passportFromJson(json.toJson(p), "generated"));
        assertThat(read).as("%s", what).isEqualTo(p);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds300")
    void registerRoundTrips(int seed) {
        Register r = Generators835.register(Generators835.random(seed));
        String what = "seed " + seed + ": " + describe(r);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        attempt(what, () -> {
            json.writeRegister(r, out);
            return out;
        });
        Register read = attempt(what, () -> json.readRegister(new ByteArrayInputStream(out.toByteArray()), "generated"));
        assertThat(read).as("%s", what).isEqualTo(r);
        assertThat(attempt(what, () -> json.toJson(read))).as("%s, text and bytes agree", what)
                .isEqualTo(out.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds200")
    void moduleRoundTripsInAUsersMapper(int seed) {
        Random random = Generators835.random(seed);
        Passport p = Generators835.passport(random);
        Register r = Generators835.register(random);
        String whatP = "seed " + seed + ": " + describe(p);
        String whatR = "seed " + seed + ": " + describe(r);
        assertThat(attempt(whatP, () -> mapper.readValue(mapper.writeValueAsString(p), Passport.class)))
                .as("%s", whatP).isEqualTo(p);
        assertThat(attempt(whatR, () -> mapper.readValue(mapper.writeValueAsBytes(r), Register.class)))
                .as("%s", whatR).isEqualTo(r);
        // the module and the codec agree on the layout
        assertThat(attempt(whatP, () -> json.passportFromJson(mapper.writeValueAsString(p), "module")))
                .as("%s, codec reads the module's JSON", whatP).isEqualTo(p);
    }

    private byte[] write(Passport p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writePassport(p, out);
        return out.toByteArray();
    }
}
