package ua.opendata.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import ua.opendata.ckan.testkit.FakeCkan;

/**
 * Starts a fake CKAN like data.gov.ua for trying the tool by hand (and for the README's transcript): the
 * organization {@code shchastia-cma} (empty, to publish to), {@code kyiv-city} with {@code DATASETS}
 * public datasets (to harvest and audit), and in {@code DIR} a register, two passports and a file to
 * publish ({@code register.json}, {@code passports/}, {@code files/}). Prints the base URL and the
 * sysadmin key file, then serves until stopped (Ctrl-C). Run from {@code cli/}, after a build, with
 * the test class path:
 *
 * <pre>
 * ./mvnw -B -q -pl cli -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp
 * cd cli &amp;&amp; java -cp "target/test-classes:target/classes:$(cat target/test.cp)" \
 *     ua.opendata.cli.FakePortalLauncher /tmp/demo 2345
 * </pre>
 */
final class FakePortalLauncher {
    private FakePortalLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: FakePortalLauncher DIR [DATASETS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int datasets = args.length > 1 ? Integer.parseInt(args[1]) : 2345;
        FakeCkan ckan = FakeCkan.builder().dataGovUaSchema(true).latency(Duration.ofMillis(1)).start();
        ckan.createOrganization(PublishCommandTest.ORG, "Щастинська МВА");
        ckan.createOrganization("kyiv-city", "Київська міська рада");
        ckan.seedDatasets("kyiv-city", "kyiv", datasets);
        List<String> input = PublishCommandTest.writeInput(dir, PublishCommandTest.OBJECTS_NAME);
        Path key = dir.resolve("sysadmin.key");
        Files.writeString(key, ckan.sysadminKey() + "\n");
        System.out.println(ckan.baseUrl());
        System.out.println("publish input: " + String.join(" ", input));
        System.out.println("sysadmin key in " + key);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ckan.close();
            stop.countDown();
        }));
        stop.await();
    }
}
