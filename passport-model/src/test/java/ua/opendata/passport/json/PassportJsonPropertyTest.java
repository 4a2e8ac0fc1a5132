package ua.opendata.passport.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import ua.opendata.passport.Arbitraries835;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;

/** Lossless round trips for arbitrary passports and registers. */
class PassportJsonPropertyTest {

    private final PassportJson json = PassportJson.defaults();
    private final ObjectMapper mapper = new ObjectMapper().registerModule(PassportJson.jacksonModule());

    @Provide
    Arbitrary<Passport> passports() {
        return Arbitraries835.passports();
    }

    @Provide
    Arbitrary<Register> registers() {
        return Arbitraries835.registers();
    }

    @Property(tries = 500)
    void passportRoundTripsThroughBytes(@ForAll("passports") Passport p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writePassport(p, out);
        Passport read = json.readPassport(new ByteArrayInputStream(out.toByteArray()), "generated");
        assertThat(read).isEqualTo(p);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        json.writePassport(read, again);
        assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
    }

    @Property(tries = 300)
    void passportRoundTripsThroughText(@ForAll("passports") Passport p) {
        String text = json.toJson(p);
        assertThat(json.passportFromJson(text, "generated")).isEqualTo(p);
    }

    @Property(tries = 300)
    void registerRoundTrips(@ForAll("registers") Register r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeRegister(r, out);
        Register read = json.readRegister(new ByteArrayInputStream(out.toByteArray()), "generated");
        assertThat(read).isEqualTo(r);
        assertThat(json.toJson(read)).isEqualTo(out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void moduleRoundTripsInAUsersMapper(@ForAll("passports") Passport p, @ForAll("registers") Register r)
            throws Exception {
        assertThat(mapper.readValue(mapper.writeValueAsString(p), Passport.class)).isEqualTo(p);
        assertThat(mapper.readValue(mapper.writeValueAsBytes(r), Register.class)).isEqualTo(r);
        // the module and the codec agree on the layout
        assertThat(json.passportFromJson(mapper.writeValueAsString(p), "module")).isEqualTo(p);
    }
}
