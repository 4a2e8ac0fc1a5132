package ua.opendata.ckan;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeCkanFault;

/**
 * Run by {@link KeyNeverLoggedTest} in its own JVM with every logger at TRACE: reads, writes, an
 * upload and errors through a client with a key. Prints the key first (for the test to search for),
 * then every exception's messages and {@code toString()}.
 */
final class KeyLeakScenario {
    private KeyLeakScenario() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (FakeCkan fake = FakeCkan.start()) {
            System.out.println("KEY " + fake.sysadminKey());
            fake.createOrganization("o1", "O");
            fake.seedDatasets("o1", "seed", 3);
            RetryPolicy retry = new RetryPolicy(2, Duration.ofMillis(1), Duration.ofSeconds(1),
                    Set.of("package_patch"));
            for (boolean get : List.of(false, true)) {
                try (CkanClient c = CkanClient.builder(fake.baseUrl()).apiKey(fake.sysadminKey())
                        .retryPolicy(retry).getForReads(get).build()) {
                    String name = "leak-" + get;
                    c.statusShow();
                    c.packageSearch(CkanSearchQuery.builder().rows(2).build());
                    c.packageCreate(CkanDatasetWrite.builder().name(name).ownerOrg("o1").build());
                    c.packageShow(name);
                    c.packagePatch(CkanDatasetWrite.builder().name(name).notes("n").build());
                    c.safeUpdate(name, w -> w.toBuilder().title("T").build());
                    Path file = Files.writeString(dir.resolve(name + ".csv"), "a,b\n1,2\n");
                    c.uploadNew(CkanResourceWrite.builder().packageId(name).name("f").build(), file, CkanUploadProgress.none());
                    System.out.println(c);
                    fail(() -> c.packageShow("no-such-dataset"));
                    for (int i = 0; i < 2; i++) { // both attempts
                        fake.enqueue(FakeCkanFault.respond(502, "text/html",
                                "<html>echo " + fake.sysadminKey() + "</html>").onlyFor("status_show"));
                        fake.enqueue(FakeCkanFault.disconnectMidBody().onlyFor("package_show"));
                    }
                    fail(c::statusShow);
                    fake.enqueue(FakeCkanFault.tooManyRequests(0).onlyFor("resource_create"));
                    fake.enqueue(FakeCkanFault.tooManyRequests(0).onlyFor("resource_create"));
                    fail(() -> c.resourceCreate(CkanResourceWrite.builder().packageId(name).name("l")
                            .url("https://example.org/x").build()));
                    fake.enqueue(FakeCkanFault.dropAfterApplying().onlyFor("package_patch"));
                    c.packagePatch(CkanDatasetWrite.builder().name(name).notes("m").build());
                    fail(() -> c.packageShow(name));
                    fail(() -> c.callTree("package_revise", JsonNodeFactory.instance.objectNode()));
                }
            }
        }
        System.out.println("DONE");
    }

    private static void fail(Runnable call) {
        try {
            call.run();
            System.out.println("no failure");
        } catch (CkanException e) {
            System.out.println(e + " | " + e.getMessage(java.util.Locale.forLanguageTag("uk")));
        }
    }
}
