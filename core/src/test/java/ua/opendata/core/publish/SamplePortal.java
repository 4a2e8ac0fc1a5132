package ua.opendata.core.publish;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeRequest;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.passport.Register;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.sample.SampleRegister;

/**
 * The bundled sample register published to a {@link FakeCkan} of one kind: the data.gov.ua-like schema or a
 * stock one, CKAN 2.10 ({@code package_revise}) or 2.7 (none, like data.gov.ua's 2.7.2). The organization
 * keeps its EDRPOU code in its extras, as data.gov.ua shows it.
 */
final class SamplePortal implements AutoCloseable {

    /** The sample's EDRPOU code (made up), kept in the organization's extras. */
    static final String EDRPOU = "44591028";
    static final String ORG = "shchastia-mva";

    /** The actions that write; everything else the publish workflow sends only reads. */
    static final Set<String> WRITES = Set.of("package_create", "package_update", "package_patch", "package_revise",
            "package_delete", "resource_create", "resource_update", "resource_patch", "resource_delete",
            "package_resource_reorder");

    final FakeCkan fake;
    final CkanClient client;
    final PortalProfile profile;
    final Register register;

    SamplePortal(boolean dgua, boolean ckan27) {
        FakeCkan.Builder b = FakeCkan.builder().dataGovUaSchema(dgua);
        if (ckan27) {
            b.ckanVersion("2.7.2").packageRevise(false);
        }
        fake = b.start();
        client = CkanClient.builder(fake.baseUrl()).apiKey(fake.sysadminKey()).build();
        ObjectNode org = JsonNodeFactory.instance.objectNode().put("name", ORG).put("title", "Щастинська МВА");
        org.putArray("extras").addObject().put("key", "edrpou").put("value", EDRPOU);
        client.callTree("organization_create", org);
        profile = dgua ? PortalProfile.dataGovUa() : PortalProfile.stockCkan();
        register = sample();
    }

    static Register sample() {
        try (InputStream in = SampleRegister.openCsv()) {
            return RegisterCsvReader.defaults().read(in, SampleRegister.CSV_FILE_NAME).register();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PublishOptions options() {
        return PublishOptions.builder(ORG).profile(profile)
                .rulebook(ua.opendata.core.rules.Rulebook.create(ua.opendata.core.rules.RulebookConfig.defaults())).build();
    }

    PublishPlan plan() {
        return PortalPublisher.create(client).plan(register, java.util.Map.of(), java.util.Map.of(), options());
    }

    /** The write actions the fake received from request number {@code from} on. */
    List<String> writesSince(int from) {
        List<FakeRequest> all = fake.requests();
        return all.subList(from, all.size()).stream().map(SamplePortal::action).filter(WRITES::contains).toList();
    }

    int requestCount() {
        return fake.requests().size();
    }

    static String action(FakeRequest r) {
        String p = r.path();
        int q = p.indexOf('?');
        p = q < 0 ? p : p.substring(0, q);
        return p.substring(p.lastIndexOf('/') + 1);
    }

    @Override
    public void close() {
        client.close();
        fake.close();
    }
}
