package ua.opendata.ckan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import ua.opendata.ckan.testkit.FakeCkan;

/** The test-kit example of the top-level README (a user's test starting the fake), run (keep in step). */
class ReadmeTestKitTest {

    @Test
    void aUsersTestStartsTheFake() {
        // --- README test kit begins
        try (FakeCkan fake = FakeCkan.start();
             CkanClient ckan = CkanClient.builder(fake.baseUrl()).apiKey(fake.sysadminKey()).build()) {
            fake.createOrganization("my-org", "My organization");
            assertEquals("my-org", ckan.organizationShow("my-org").name());
        }
        // --- README test kit ends
    }
}
