package ua.opendata.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class EntryPassportsTest {

    @Test
    void everyColumnOfTheEntryIsCarriedIntoThePassport() {
        for (RegisterEntry e : Samples.register().entries()) {
            Passport p = EntryPassports.toPassport(e);

            assertThat(p.identifier()).isEqualTo(e.identifier());
            assertThat(p.title()).isEqualTo(e.title());
            assertThat(p.description()).isEqualTo(e.description());
            assertThat(p.purpose()).isEqualTo(e.purpose());
            assertThat(p.updateFrequency()).isEqualTo(e.accrualPeriodicity());
            assertThat(p.keywords()).isEqualTo(e.keywords());
            assertThat(p.formats()).isEqualTo(e.distributionFormats());
            assertThat(p.landingPage()).isEqualTo(e.landingPage());
            assertThat(p.publisher()).isEqualTo(e.publisher());
            assertThat(p.responsiblePerson()).isEqualTo(e.contactPoint());
        }
    }

    @Test
    void theLanguageIsUkrainianAndWhatTheRegisterDoesNotHoldIsEmpty() {
        RegisterEntry e = Samples.register().entries().get(0).toBuilder().restriction(null).build();

        Passport p = EntryPassports.toPassport(e);

        assertThat(p.language()).isEqualTo("uk").isEqualTo(EntryPassports.LANGUAGE);
        assertThat(p.distributions()).isEmpty();
        assertThat(p.structure()).isNull();
        assertThat(p.compression()).isNull();
    }

    @Test
    void anEmptyEntryGivesAnEmptyPassportAndNoEntryIsRefused() {
        Passport p = EntryPassports.toPassport(RegisterEntry.builder().title("Бюджет").build());

        assertThat(p.identifier()).isNull();
        assertThat(p.title()).isEqualTo("Бюджет");
        assertThat(p.keywords()).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> EntryPassports.toPassport(null))
                .withMessageContaining("entry");
    }
}
