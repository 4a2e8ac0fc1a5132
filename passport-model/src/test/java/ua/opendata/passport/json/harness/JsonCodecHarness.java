package ua.opendata.passport.json.harness;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.Samples;
import ua.opendata.passport.json.PassportJson;

/**
 * A measuring harness (not a test): throughput and allocation of the JSON codec on the sample
 * passport and on a register of 10,000 entries. Run by hand:
 * {@code java -cp <test classpath> ua.opendata.passport.json.harness.JsonCodecHarness}.
 */
public final class JsonCodecHarness {

    private JsonCodecHarness() {
    }

    public static void main(String[] args) {
        PassportJson json = PassportJson.defaults();
        Passport passport = Samples.fullPassport();
        byte[] passportBytes = bytes(json, passport);
        Register register = bigRegister(10_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeRegister(register, out);
        byte[] registerBytes = out.toByteArray();

        for (int round = 0; round < 2; round++) { // the first round warms up
            boolean report = round == 1;
            measure(report, "write passport (" + passportBytes.length + " B)", 20_000, () -> bytes(json, passport));
            measure(report, "read passport", 20_000,
                    () -> json.readPassport(new ByteArrayInputStream(passportBytes), "p"));
            measure(report, "write register 10k (" + registerBytes.length / 1024 + " KiB)", 10, () -> {
                ByteArrayOutputStream o = new ByteArrayOutputStream(registerBytes.length);
                json.writeRegister(register, o);
                return o;
            });
            measure(report, "read register 10k", 10,
                    () -> json.readRegister(new ByteArrayInputStream(registerBytes), "r"));
        }
    }

    private static byte[] bytes(PassportJson json, Passport p) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        json.writePassport(p, o);
        return o.toByteArray();
    }

    static Register bigRegister(int n) {
        List<RegisterEntry> entries = new ArrayList<>(n);
        List<RegisterEntry> base = Samples.register().entries();
        for (int i = 0; i < n; i++) {
            entries.add(base.get(i % 2).toBuilder().identifier("44536124-" + i).build());
        }
        return new Register(entries, Samples.register().extraColumns());
    }

    private interface Op {
        Object run();
    }

    private static void measure(boolean report, String name, int iterations, Op op) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        Object sink = null;
        long allocated = threads.getThreadAllocatedBytes(id);
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            sink = op.run();
        }
        long nanos = System.nanoTime() - start;
        allocated = threads.getThreadAllocatedBytes(id) - allocated;
        if (report && sink != null) {
            System.out.printf(Locale.ROOT, "%-34s %10.1f µs/op %12.1f KiB allocated/op%n", name,
                    nanos / 1000.0 / iterations, allocated / 1024.0 / iterations);
        }
    }
}
