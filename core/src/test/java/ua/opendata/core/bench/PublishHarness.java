package ua.opendata.core.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeCkanFault;
import ua.opendata.core.publish.ApplyOptions;
import ua.opendata.core.publish.ItemResult;
import ua.opendata.core.publish.PortalPublisher;
import ua.opendata.core.publish.PublishOptions;
import ua.opendata.core.publish.PublishPlan;
import ua.opendata.core.publish.PublishResult;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.ResponsiblePerson;

/**
 * Wall time of plan and apply against the fake data.gov.ua with injected latency on every apply request,
 * sequential against bounded concurrency. Not a unit test: run with
 * {@code java -cp <test classpath> ua.opendata.core.bench.PublishHarness [datasets] [latencyMs]}.
 */
public final class PublishHarness {

    private PublishHarness() {
    }

    /** Runs the harness and prints one line per configuration. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        long latencyMs = args.length > 1 ? Long.parseLong(args[1]) : 25;
        System.out.printf("datasets=%d latency=%d ms per apply request%n", n, latencyMs);
        for (int concurrency : new int[] {1, 4, 8}) {
            try (FakeCkan ckan = FakeCkan.builder().dataGovUaSchema(true).threads(16).start();
                 CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey())
                         .maxConcurrentRequests(16).build()) {
                ckan.createOrganization("city", "Міська рада");
                Map<String, Passport> passports = new LinkedHashMap<>();
                List<RegisterEntry> entries = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Passport p = passport(i);
                    passports.put(p.identifier(), p);
                    entries.add(RegisterEntry.builder().identifier(p.identifier()).title(p.title()).build());
                }
                Register register = Register.of(entries);
                PublishOptions options = PublishOptions.builder("city").validate(false).build();
                long t0 = System.nanoTime();
                PublishPlan plan = PortalPublisher.create(client).plan(register, passports, Map.of(), options);
                long planMs = (System.nanoTime() - t0) / 1_000_000;
                for (int i = 0; i < 2 * n; i++) {
                    ckan.enqueue(FakeCkanFault.delay(Duration.ofMillis(latencyMs)));
                }
                long t1 = System.nanoTime();
                PublishResult result = PortalPublisher.create(client).apply(plan,
                        ApplyOptions.execute().pacing(Duration.ZERO).concurrency(concurrency));
                long applyMs = (System.nanoTime() - t1) / 1_000_000;
                long t2 = System.nanoTime();
                PublishPlan again = PortalPublisher.create(client).plan(register, passports, Map.of(), options);
                long replanMs = (System.nanoTime() - t2) / 1_000_000;
                System.out.printf("concurrency=%d plan(empty portal)=%d ms apply=%d ms (%.1f datasets/s, done=%d) "
                                + "replan(%d unchanged)=%d ms peak server concurrency=%d%n",
                        concurrency, planMs, applyMs, n * 1000.0 / applyMs, result.count(ItemResult.Outcome.DONE),
                        again.items().stream().filter(x -> x.action().name().equals("UNCHANGED")).count(), replanMs,
                        ckan.maxConcurrentRequests());
            }
        }
    }

    private static Passport passport(int i) {
        String id = String.format("ds-%04d", i);
        return Passport.builder().identifier(id).title("Набір " + i).description("Опис " + i)
                .purpose("Постанова КМУ № 835").language("uk").updateFrequency(Frequency.ONCE_A_MONTH)
                .keywords(List.of("дані", "набір " + i))
                .responsiblePerson(ResponsiblePerson.of("Петренко Іван", "opendata@city.gov.ua"))
                .publisher(new Publisher("Міська рада", null))
                .distributions(List.of(Distribution.of("https://city.gov.ua/" + id + ".csv", DataFormat.parse("csv"))))
                .build();
    }
}
