package ua.opendata.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
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
import ua.opendata.ckan.model.CkanRawDataset;

/**
 * {@code opendata harvest}: every dataset of a CKAN portal, or of one organization on it, as JSON Lines
 * (one object per line exactly as {@code package_search} sent it: every field, the portal's key order
 * and escaping; nothing decoded but id, name and metadata_modified), streamed in bounded memory
 * with keyset paging; progress on standard error. With {@code --out} the file appears only when the
 * harvest is complete.
 */
@Command(name = "harvest", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = OpendataCommand.Version.class)
final class HarvestCommand extends PortalCommand {
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
        checkOptions(t);
        URI url = portal.portalUrl(t, name());
        String key = portal.apiKey(session, t);
        // the client's limit on requests at once caps the pages fetched at once: raise it to --parallel
        try (CkanClient ckan = portal.client(session, t, name(), key, Math.max(4, parallel))) {
            portal.verifyKey(ckan, key, t, url);
            CkanSearchQuery query = searchQuery(ckan, t, url, key != null);
            long total = ckan.packageSearch(query.toBuilder().rows(0).build()).count();
            String label = t.get("harvest.label", organization == null ? url : organization);
            Progress progress = new Progress(session.err(), session.errIsTerminal(), t, label, total);
            HarvestOptions options = new HarvestOptions(pageSize, parallel);
            long count = out == null ? harvestToStandardOutput(ckan, query, options, progress)
                    : harvestToFile(out, ckan, query, options, progress);
            progress.finish(count);
            printSummary(t, url, count);
            return OpendataCommand.OK;
        }
    }

    /** Checks the options that need no portal ({@code --out -} means standard output). */
    private void checkOptions(Texts t) {
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
    }

    /** The search for every dataset (of {@code --organization}, when given; private ones too with a key). */
    private CkanSearchQuery searchQuery(CkanClient ckan, Texts t, URI url, boolean withKey) {
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
        return q.build();
    }

    private long harvestToStandardOutput(CkanClient ckan, CkanSearchQuery query, HarvestOptions options,
            Progress progress) throws IOException {
        OutputStream w = new BufferedOutputStream(new NonClosing(session.out()), 1 << 16);
        long count = write(ckan.harvestRaw(query, options), w, progress);
        w.flush();
        return count;
    }

    /** Writes a temporary file beside {@code file}, moved into place only when the harvest is complete. */
    private static long harvestToFile(Path file, CkanClient ckan, CkanSearchQuery query, HarvestOptions options,
            Progress progress) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path part = Files.createTempFile(dir == null ? Path.of("") : dir, target.getFileName() + ".", ".part");
        part.toFile().deleteOnExit(); // also when the harvest is interrupted (Ctrl+C)
        long count;
        try {
            try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                count = write(ckan.harvestRaw(query, options), w, progress);
            }
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
        return count;
    }

    private void printSummary(Texts t, URI url, long count) {
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
    }

    /** Each dataset as the portal sent it (every field, one line: the raw harvest ensures it). */
    private static long write(Stream<CkanRawDataset> datasets, OutputStream w, Progress progress) {
        long n = 0;
        try (datasets) {
            Iterator<CkanRawDataset> it = datasets.iterator();
            while (it.hasNext()) {
                it.next().writeTo(w);
                w.write('\n');
                progress.update(++n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /** Standard output stays open after the harvest. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
