package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.testkit.FakeCkan;

/** The example of the top-level README's "CKAN client" section, compiled and run (keep in step). */
class ReadmeCkanSectionTest {

    @Test
    void ckanClientSection() {
        try (FakeCkan portal = FakeCkan.start()) {
            portal.createOrganization("misto-rada", "Міська рада");
            portal.seedDatasets("misto-rada", "nabir", 1500);
            String url = portal.baseUrl();
            String apiKey = portal.sysadminKey();
            // --- README "CKAN client" begins
            try (CkanClient ckan = CkanClient.builder(url)
                    .apiKey(apiKey)                       // sent raw in Authorization and X-CKAN-API-Key
                    .callTimeout(Duration.ofMinutes(2))   // one call, retries and waits included
                    .build()) {
                // Every dataset of the organization, pages of 1,000 fetched 4 at a time, each once
                List<CkanDataset> all;
                try (Stream<CkanDataset> s = ckan.harvest(
                        CkanSearchQuery.builder().fq("organization:misto-rada").build(),
                        HarvestOptions.defaults())) {
                    all = s.toList();
                }

                // Safe update: a change of the current state, compare-and-swap on metadata_modified;
                // CkanConflictException if someone else changed the dataset in between
                CkanDataset updated = ckan.safeUpdate(all.get(0).name(),
                        d -> d.toBuilder().notes("Оновлено " + java.time.LocalDate.now()).build());
                // --- README "CKAN client" ends
                assertThat(all).hasSize(1500);
                assertThat(updated.notes()).startsWith("Оновлено");
                assertThat(ckan.packageShow(all.get(0).name()).notes()).isEqualTo(updated.notes());
            }
        }
    }
}
