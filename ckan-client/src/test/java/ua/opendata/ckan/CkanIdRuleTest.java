package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeRequest;

/** CKAN 2.11: only sysadmins may set a dataset's id; {@code name} is the natural key. */
class CkanIdRuleTest {
    private FakeCkan fake;
    private CkanClient editor;
    private CkanClient admin;

    @BeforeEach
    void start() {
        fake = FakeCkan.builder().ckanVersion("2.11.3").start();
        fake.createOrganization("o-org", "O");
        fake.addMember("o-org", "lab_user", "editor");
        editor = CkanClient.builder(fake.baseUrl()).apiKey(fake.userKey()).build();
        admin = CkanClient.builder(fake.baseUrl()).apiKey(fake.sysadminKey()).build();
    }

    @AfterEach
    void stop() {
        editor.close();
        admin.close();
        fake.close();
    }

    private List<FakeRequest> creates() {
        return fake.requests().stream().filter(r -> r.path().endsWith("/package_create")).toList();
    }

    @Test
    void packageCreateSendsNoIdUnlessTheWriteShapeHasOne() {
        assertThat(editor.capabilities().atLeast(2, 11)).isTrue();

        CkanDataset d = editor.packageCreate(CkanDatasetWrite.builder().name("by-name").ownerOrg("o-org")
                .build());

        assertThat(d.id()).isNotBlank();
        assertThat(creates()).singleElement().satisfies(r -> assertThat(r.bodyExcerpt())
                .doesNotContain("\"id\"").contains("\"name\":\"by-name\""));
        // name is the natural key: publishing the same name again is refused on name
        assertThatThrownBy(() -> editor.packageCreate(CkanDatasetWrite.builder().name("by-name")
                .ownerOrg("o-org").build()))
                .isInstanceOfSatisfying(CkanValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("name"));
    }

    @Test
    void anIdFromANonSysadminIsAValidationErrorOnId() {
        String id = UUID.randomUUID().toString();

        assertThatThrownBy(() -> editor.packageCreate(CkanDatasetWrite.builder().id(id).name("with-id")
                .ownerOrg("o-org").build()))
                .isInstanceOfSatisfying(CkanValidationException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.fieldErrors()).containsOnlyKeys("id");
                    assertThat(e.fieldErrors().get("id")).containsExactly(
                            "The input field id was not expected.");
                });
        assertThatThrownBy(() -> editor.packageShow("with-id")).isInstanceOf(CkanNotFoundException.class);
        // a copy of a dataset read elsewhere carries its id: clear it to create by name
        CkanDataset copy = editor.packageCreate(CkanDatasetWrite.builder().id(id).name("with-id")
                .ownerOrg("o-org").build().toBuilder().id(null).build());
        assertThat(copy.id()).isNotEqualTo(id);
    }

    @Test
    void aSysadminMaySetTheIdOnceOnly() {
        String id = UUID.randomUUID().toString();

        CkanDataset d = admin.packageCreate(CkanDatasetWrite.builder().id(id).name("admin-id")
                .ownerOrg("o-org").build());

        assertThat(d.id()).isEqualTo(id);
        assertThatThrownBy(() -> admin.packageCreate(CkanDatasetWrite.builder().id(id).name("admin-id-2")
                .ownerOrg("o-org").build()))
                .isInstanceOfSatisfying(CkanValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("id"));
    }

    @Test
    void theFakeChecksTheVersionItIsGiven() {
        assertThatThrownBy(() -> FakeCkan.builder().ckanVersion("latest"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
