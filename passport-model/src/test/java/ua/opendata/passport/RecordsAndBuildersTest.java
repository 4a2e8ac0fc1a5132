package ua.opendata.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordsAndBuildersTest {

    @Test
    void passportToBuilderRoundTrips() {
        Passport p = Samples.fullPassport();
        assertThat(p.toBuilder().build()).isEqualTo(p);
        Passport changed = p.toBuilder().title("Інша назва").build();
        assertThat(changed.title()).isEqualTo("Інша назва");
        assertThat(changed.toBuilder().title(p.title()).build()).isEqualTo(p);
        assertThat(p.title()).isNotEqualTo("Інша назва");
    }

    @Test
    void entryToBuilderRoundTrips() {
        for (RegisterEntry e : Samples.register().entries()) {
            assertThat(e.toBuilder().build()).isEqualTo(e);
        }
    }

    @Test
    void emptyBuildersGiveEmptyValues() {
        Passport p = Passport.builder().build();
        assertThat(p.formats()).isEmpty();
        assertThat(p.extras()).isEmpty();
        assertThat(p.title()).isNull();
        RegisterEntry e = RegisterEntry.builder().build();
        assertThat(e.publisher()).isEqualTo(new Publisher(null, null));
        assertThat(e.contactPoint()).isEqualTo(ResponsiblePerson.of(null, null));
    }

    @Test
    void mutatingSourceCollectionsAfterBuildChangesNothing() {
        List<String> keywords = new ArrayList<>(List.of("бюджет"));
        List<DataFormat> formats = new ArrayList<>(List.of(DataFormat.parse("csv")));
        List<Distribution> distributions = new ArrayList<>();
        Map<String, String> extras = new LinkedHashMap<>(Map.of("a", "1"));
        Passport.Builder b = Passport.builder().keywords(keywords).formats(formats).distributions(distributions)
                .extras(extras);
        keywords.add("змінено до build");
        Passport p = b.build();
        formats.add(DataFormat.parse("pdf"));
        distributions.add(Distribution.of("https://a.ua", DataFormat.parse("csv")));
        extras.put("b", "2");
        b.addKeyword("після build");
        assertThat(p.keywords()).containsExactly("бюджет");
        assertThat(p.formats()).hasSize(1);
        assertThat(p.distributions()).isEmpty();
        assertThat(p.extras()).containsOnlyKeys("a");
    }

    @Test
    void canonicalConstructorsCopyToo() {
        List<StructureField> fields = new ArrayList<>();
        DataStructure s = new DataStructure(null, fields);
        fields.add(new StructureField("a", null, null, null, false));
        assertThat(s.fields()).isEmpty();
        List<RegisterEntry> entries = new ArrayList<>(Samples.register().entries());
        List<String> columns = new ArrayList<>(Samples.register().extraColumns());
        Register r = new Register(entries, columns);
        entries.clear();
        columns.clear();
        assertThat(r.size()).isEqualTo(2);
        assertThat(r.extraColumns()).containsExactly("Примітка", "Відділ");
    }

    @Test
    void collectionsAreUnmodifiable() {
        Passport p = Samples.fullPassport();
        assertThatThrownBy(() -> p.keywords().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.extras().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.distributions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Samples.register().entries().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void extrasKeepInsertionOrder() {
        Passport p = Passport.builder().putExtra("я", "1").putExtra("а", "2").putExtra("m", "3").build();
        assertThat(p.extras().keySet()).containsExactly("я", "а", "m");
        assertThat(p.toBuilder().build().extras().keySet()).containsExactly("я", "а", "m");
    }

    @Test
    void nullsInsideCollectionsAreRefused() {
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> Passport.builder().keywords(withNull).build()).isInstanceOf(NullPointerException.class);
        Map<String, String> nullValue = new LinkedHashMap<>();
        nullValue.put("k", null);
        assertThatThrownBy(() -> Passport.builder().extras(nullValue).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("k");
    }

    @Test
    void registerChecksItsColumns() {
        RegisterEntry e = RegisterEntry.builder().identifier("1").putExtraColumn("Відділ", "ЦНАП").build();
        assertThatThrownBy(() -> Register.of(List.of(e))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Відділ'");
        assertThatThrownBy(() -> new Register(List.of(), List.of("A", "A"))).isInstanceOf(IllegalArgumentException.class);
        Register r = new Register(List.of(e), List.of("Відділ"));
        assertThat(r.find("1")).contains(e);
        assertThat(r.find("2")).isEmpty();
    }
}
