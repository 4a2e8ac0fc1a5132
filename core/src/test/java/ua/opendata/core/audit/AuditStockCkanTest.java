package ua.opendata.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanExtra;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.TimelinessStatus;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.UpdateFrequency;

/** A stock CKAN whose extras hold the dirty update frequencies seen on real portals. */
class AuditStockCkanTest {

    private static final List<String> DIRTY = List.of("once a month", "щомісячно", "Щокварталу", "once a year”",
            "annually", "Відразу після внесення змін", "once a day", "More then a day", "раз на віки");
    private static FakeCkan ckan;
    private static CkanClient client;
    private static AuditResult audit;

    @BeforeAll
    static void start() {
        ckan = FakeCkan.builder().clock(java.time.Clock.fixed(AuditWorkflowTest.NOW, java.time.ZoneOffset.UTC)).start();
        ckan.createOrganization("stock-rada", "Рада");
        client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).zone(AuditWorkflowTest.KYIV).build();
        for (int i = 0; i < DIRTY.size(); i++) {
            client.packageCreate(CkanDatasetWrite.builder().name(String.format("st-%02d", i)).title("Набір " + i)
                    .notes("Опис").ownerOrg("stock-rada").licenseId("cc-by")
                    .extra(new CkanExtra("r835_update_frequency", TextNode.valueOf(DIRTY.get(i)), Map.of()))
                    .resource(CkanResourceWrite.builder().url("https://stock.example/" + i + ".csv").format("CSV")
                            .field("last_modified", "2026-11-19T12:00:00").build())
                    .build());
        }
        audit = PortalAudit.create(client).run(AuditOptions.builder().organization("stock-rada")
                .profile(PortalProfile.stockCkan()).datasetPageBase("https://opendata.stock.example/dataset/")
                .rulebook(AuditWorkflowTest.rulebook()).build());
    }

    @AfterAll
    static void stop() {
        client.close();
        ckan.close();
    }

    static List<Arguments> frequencies() {
        return java.util.stream.IntStream.range(0, DIRTY.size())
                .mapToObj(i -> Arguments.of(DIRTY.get(i), String.format("st-%02d", i))).toList();
    }

    @org.junit.jupiter.api.Test
    void theSampleHoldsBothRecognisableAndUnrecognisableFrequencies() {
        assertThat(DIRTY).anyMatch(raw -> UpdateFrequency.parse(raw).isKnown() && !UpdateFrequency.parse(raw).isCanonical())
                .anyMatch(raw -> !UpdateFrequency.parse(raw).isKnown());
        assertThat(audit.datasets()).hasSize(DIRTY.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frequencies")
    void aDirtyFrequencyIsReadWhenRecognisableAndNotedWhenNot(String raw, String name) {
        AuditDataset d = audit.dataset(name).orElseThrow();
        assertThat(d.pageUrl()).isEqualTo("https://opendata.stock.example/dataset/" + name);
        DatasetResult v = audit.verdict(d).orElseThrow();
        UpdateFrequency f = UpdateFrequency.parse(raw);
        boolean noted = d.notes().stream().anyMatch(n -> n.element().equals("updateFrequency"));
        assertThat(noted).isEqualTo(!f.isKnown());
        if (!f.isKnown() || f.value() == Frequency.IMMEDIATELY_AFTER_CHANGES) {
            assertThat(v.timeliness().status()).isEqualTo(TimelinessStatus.NOT_CHECKABLE);
        } else {
            assertThat(v.timeliness().status()).isIn(TimelinessStatus.ON_TIME, TimelinessStatus.LATE);
            assertThat(v.timeliness().evidence()).isEqualTo(d.evidence());
        }
    }
}
