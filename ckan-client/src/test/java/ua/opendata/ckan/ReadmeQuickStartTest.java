package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.testkit.FakeCkan;

/** The quick start of README.md, compiled and run (keep the two in step). */
class ReadmeQuickStartTest {

    @Test
    void quickStart() {
        try (FakeCkan portal = FakeCkan.start()) {
            portal.createOrganization("misto-rada", "Міська рада");
            String url = portal.baseUrl();
            String apiKey = portal.sysadminKey();
            // --- README quick start begins
            try (CkanClient ckan = CkanClient.builder(url).apiKey(apiKey).build()) {
                CkanDataset created = ckan.packageCreate(CkanDatasetWrite.builder()
                        .name("reyestr-naboriv-danykh")
                        .title("Реєстр наборів даних")
                        .ownerOrg("misto-rada")
                        .field("update_frequency", "once a quarter") // a data.gov.ua (scheming) field
                        .resource(CkanResourceWrite.builder()
                                .name("Реєстр (CSV)").url("https://example.org/r.csv").format("CSV").build())
                        .build());

                // Safe update: start from what the server has, so nothing is dropped.
                CkanDataset current = ckan.packageShow(created.name());
                ckan.packageUpdate(current.toWrite().toBuilder().notes("Оновлено").build());

                // Every dataset of the organization, past the 1,000-row cap, each once.
                List<String> names = ckan.harvest(
                                CkanSearchQuery.builder().fq("organization:misto-rada").build())
                        .map(CkanDataset::name).toList();
                // --- README quick start ends
                assertThat(names).containsExactly("reyestr-naboriv-danykh");
                assertThat(ckan.packageShow("reyestr-naboriv-danykh").notes()).isEqualTo("Оновлено");
            }
        }
    }
}
