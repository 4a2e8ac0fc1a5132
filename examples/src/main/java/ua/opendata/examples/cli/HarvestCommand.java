package ua.opendata.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ua.opendata.ckan.HarvestOptions;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanNotFoundException;
import ua.opendata.ckan.CkanSearchQuery;
import ua.opendata.ckan.model.CkanDataset;

/**
 * {@code opendata harvest}: every dataset of a CKAN portal, or of one organization on it, as JSON Lines
 * (one {@code package_show}-shaped object per line, unknown fields kept), streamed in constant memory
 * with keyset paging; progress on standard error. With {@code --out} the file appears only when the
 * harvest is complete.
 */
@Command(name = "harvest", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = OpendataCommand.Version.class)
final class HarvestCommand extends PortalCommand {
    private static final ObjectMapper LINES = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    @Option(names = "--organization", paramLabel = "NAME", descriptionKey = "opt.organization")
    @Nullable String organization;

    @Option(names = "--out", paramLabel = "FILE.jsonl", descriptionKey = "opt.out.jsonl")
    @Nullable Path out;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "1000", descriptionKey = "opt.page-size")
    int pageSize = 1000;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4", descriptionKey = "opt.parallel")
    int parallel = 4;

    HarvestCommand(Session session) {
        super(session);
    }

    @Override
    String name() {
        return "harvest";
    }

    @Override
    int execute() throws IOException {
        Texts t = t();
        if (out != null && out.toString().equals("-")) {
            out = null;
        }
        if (common.json() && out == null) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.harvest.jsonNeedsOut"));
        }
        if (pageSize < 1 || pageSize > 1000) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.harvest.pageSize", pageSize));
        }
        if (parallel < 1 || parallel > 8) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.harvest.parallel", parallel));
        }
        URI url = portal.portalUrl(t, name());
        String key = portal.apiKey(session, t);
        // the client's limit on requests at once caps the pages fetched at once: raise it to --parallel
        try (CkanClient ckan = portal.client(session, t, name(), key, Math.max(4, parallel))) {
            portal.verifyKey(ckan, key, t, url);
            boolean withKey = key != null;
            CkanSearchQuery.Builder q = CkanSearchQuery.builder();
            if (organization != null) {
                String name;
                try {
                    name = ckan.organizationShow(organization).name();
                } catch (CkanNotFoundException e) {
                    throw new CliException(OpendataCommand.USAGE, t.get("error.harvest.noOrganization",
                            organization, url), e);
                }
                // organization_show also takes the id; the search filter needs the name
                q.fq("organization:" + (name == null ? organization : name));
            }
            if (withKey) {
                q.includePrivate(true);
            }
            CkanSearchQuery query = q.build();
            long total = ckan.packageSearch(query.toBuilder().rows(0).build()).count();
            String label = t.get("harvest.label", organization == null ? url : organization);
            Progress progress = new Progress(session.err(), session.errIsTerminal(), t, label, total);
            long count;
            if (out == null) {
                Writer w = new OutputStreamWriter(session.out(), StandardCharsets.UTF_8);
                count = write(ckan.harvest(query, new HarvestOptions(pageSize, parallel)), w, progress);
                w.flush();
            } else {
                Path target = out.toAbsolutePath();
                Path dir = target.getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                Path part = Files.createTempFile(dir == null ? Path.of("") : dir, target.getFileName() + ".", ".part");
                part.toFile().deleteOnExit(); // also when the harvest is interrupted (Ctrl+C)
                try {
                    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(part),
                            StandardCharsets.UTF_8))) {
                        count = write(ckan.harvest(query, new HarvestOptions(pageSize, parallel)), w, progress);
                    }
                    try {
                        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            progress.finish(count);
            if (common.json()) {
                ObjectNode o = JSON.createObjectNode();
                o.put("command", name());
                o.put("exitCode", OpendataCommand.OK);
                o.put("portal", url.toString());
                if (organization != null) {
                    o.put("organization", organization);
                }
                o.put("datasets", count);
                o.put("out", String.valueOf(out));
                printJson(o);
            } else {
                session.err().println(t.get("harvest.done", count, out == null ? t.get("harvest.stdout") : out));
            }
            return OpendataCommand.OK;
        }
    }

    private static long write(Stream<CkanDataset> datasets, Writer w, Progress progress) {
        long n = 0;
        try (datasets) {
            Iterator<CkanDataset> it = datasets.iterator();
            while (it.hasNext()) {
                LINES.writeValue(w, it.next().toJson());
                w.write('\n');
                progress.update(++n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
