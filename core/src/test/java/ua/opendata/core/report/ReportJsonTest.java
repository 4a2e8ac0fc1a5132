package ua.opendata.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.core.CoreException;
import ua.opendata.core.rules.ReportFixtures;
import ua.opendata.core.rules.ValidationReport;

class ReportJsonTest {

    private static byte[] bytes(ValidationReport r, @Nullable ReportComparison c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (c == null) {
            ReportJson.write(r, out);
        } else {
            ReportJson.write(r, c, out);
        }
        return out.toByteArray();
    }

    @Test
    void writesTheVersionedSchemaAndReadsItBackUnchanged() throws IOException {
        ValidationReport report = ReportFixtures.withFindings();
        byte[] json = bytes(report, null);
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.path("schema").asText()).isEqualTo("ua-opendata/compliance-report");
        assertThat(root.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.path("kpi").path("total").asInt()).isEqualTo(report.datasets().size());
        assertThat(root.path("kpi").path("passed").asInt()).isEqualTo(report.passedCount());
        assertThat(root.path("findings").size()).isEqualTo(report.findings().size());
        assertThat(root.path("rules").has("R835-TIMELINESS-LATE")).isTrue();
        assertThat(root.path("rules").path("R835-TIMELINESS-LATE").path("certainty").asText()).isEqualTo("PRACTICE");
        assertThat(root.has("comparison")).isFalse();

        ValidationReport back = ReportJson.read(new ByteArrayInputStream(json), "report.json");
        assertThat(back.generatedAt()).isEqualTo(report.generatedAt());
        assertThat(back.findings()).isEqualTo(report.findings());
        assertThat(back.datasets()).isEqualTo(report.datasets());
        assertThat(back.annex()).isEqualTo(report.annex());
        assertThat(back.kpi()).isEqualTo(report.kpi());
        assertThat(bytes(back, null)).isEqualTo(json);
    }

    @Test
    void writesAtomicallyAndComparesWithAPreviousReport(@TempDir Path dir) throws IOException {
        ValidationReport before = ReportFixtures.withFindings();
        ValidationReport after = ReportFixtures.scenario()
                .passport(p -> p.lastModified(OffsetDateTime.parse("2026-11-20T10:00:00+02:00")))
                .validate();
        Path file = dir.resolve("last-year.json");
        ReportJson.write(before, file);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(file);
        }
        ReportComparison c = ReportComparison.of(ReportJson.read(file), after);
        assertThat(c.resolvedFindings()).extracting(f -> f.ruleId()).contains("R835-TIMELINESS-LATE");
        assertThat(c.newFindings()).isEmpty();
        assertThat(c.kpiChange()).isPositive();
        assertThat(c.newlyPassing()).containsExactly(after.datasets().get(0).identifier());
        JsonNode root = new ObjectMapper().readTree(bytes(after, c));
        assertThat(root.path("comparison").path("resolvedFindings").asInt()).isEqualTo(c.resolvedFindings().size());
        assertThat(root.path("comparison").path("newlyPassing").get(0).asText())
                .isEqualTo(after.datasets().get(0).identifier());
    }

    @Test
    void rejectsWhatIsNotAReportAndNewerVersions() {
        assertThatThrownBy(() -> ReportJson.read(stream("{\"schema\":\"other\"}"), "x.json"))
                .isInstanceOf(CoreException.class).hasMessageContaining("x.json").hasMessageContaining("schema");
        assertThatThrownBy(() -> ReportJson.read(stream(
                "{\"schema\":\"ua-opendata/compliance-report\",\"schemaVersion\":2}"), "y.json"))
                .isInstanceOf(CoreException.class).hasMessageContaining("schemaVersion 2");
        assertThatThrownBy(() -> ReportJson.read(stream(
                "{\"schema\":\"ua-opendata/compliance-report\",\"schemaVersion\":1,\"generatedAt\":\"2026-01-01T00:00:00Z\","
                        + "\"findings\":[{\"rule\":\"R\",\"severity\":\"FATAL\",\"path\":\"p\"}]}"), "z.json"))
                .isInstanceOf(CoreException.class).hasMessageContaining("z.json");
        assertThatThrownBy(() -> ReportJson.read(stream("{\"a\":1,\"a\":2}"), "dup.json"))
                .isInstanceOf(CoreException.class);
        assertThatThrownBy(() -> ReportJson.read(Path.of("/nonexistent/report.json")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("/nonexistent/report.json");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "old");
        Path blocker = dir.resolve("sub");
        Files.writeString(blocker, "a file, not a directory");
        assertThatThrownBy(() -> ReportJson.write(ReportFixtures.withFindings(), blocker.resolve("r.json")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("r.json");
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("report.json", "sub");
        }
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

}
