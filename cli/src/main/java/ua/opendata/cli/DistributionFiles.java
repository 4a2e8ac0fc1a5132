package ua.opendata.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.Passport;

/**
 * Matches the local files of {@code --files DIR} to the distributions of the passports, giving the
 * {@code files} map of {@link ua.opendata.core.publish.PortalPublisher#plan}: distribution link → file.
 *
 * <p>The rule, for each distribution link of a passport (its distributions' links, or its dataset link
 * when it has no distributions):
 * <ol>
 *   <li>the file {@code DIR/<the link's path>}, e.g. {@code DIR/opendata/kr-001/data.csv} for
 *       {@code https://kr-rada.gov.ua/opendata/kr-001/data.csv}, when it exists;</li>
 *   <li>else the file {@code DIR/<the link's last segment>}, e.g. {@code DIR/data.csv}, when no other
 *       link of the passports ends in the same segment; when several do, the file is ambiguous, it is not
 *       used, and a note says to lay the files out by the links' paths.</li>
 * </ol>
 * Segments are compared as written in the link after percent-decoding; the query and fragment are
 * ignored; a path that would leave {@code DIR} ({@code ..}) is never used.
 */
final class DistributionFiles {

    /** The files found, and notes about files that could not be used. */
    record Match(Map<String, Path> files, List<String> ambiguous) {
        Match {
            files = Map.copyOf(files);
            ambiguous = List.copyOf(ambiguous);
        }
    }

    private DistributionFiles() {
    }

    /** The links a passport publishes, in order, without repeats. */
    static List<String> links(Passport p) {
        Set<String> links = new LinkedHashSet<>();
        for (Distribution d : p.distributions()) {
            if (d.url() != null && !d.url().isBlank()) {
                links.add(d.url());
            }
        }
        if (links.isEmpty() && p.datasetUrl() != null && !p.datasetUrl().isBlank()) {
            links.add(p.datasetUrl());
        }
        return List.copyOf(links);
    }

    /**
     * Matches the files of {@code dir} to the passports' links.
     *
     * @param dir       the directory of files
     * @param passports the passports whose distributions may get files
     * @param t         the texts for the notes
     * @return the map link → file, and one note per ambiguous file
     */
    static Match match(Path dir, Iterable<Passport> passports, Texts t) {
        Path base = dir.toAbsolutePath().normalize();
        Map<String, List<String>> linksBySegment = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (Passport p : passports) {
            for (String link : links(p)) {
                all.add(link);
                String segment = lastSegment(path(link));
                if (segment != null) {
                    List<String> same = linksBySegment.computeIfAbsent(segment, k -> new ArrayList<>());
                    if (!same.contains(link)) {
                        same.add(link);
                    }
                }
            }
        }
        Map<String, Path> files = new LinkedHashMap<>();
        Set<String> ambiguous = new LinkedHashSet<>();
        for (String link : all) {
            String path = path(link);
            if (path == null || files.containsKey(link)) {
                continue;
            }
            Path byPath = inside(base, path.startsWith("/") ? path.substring(1) : path);
            if (byPath != null && Files.isRegularFile(byPath)) {
                files.put(link, byPath);
                continue;
            }
            String segment = lastSegment(path);
            if (segment == null) {
                continue;
            }
            Path bySegment = inside(base, segment);
            if (bySegment == null || !Files.isRegularFile(bySegment)) {
                continue;
            }
            List<String> same = linksBySegment.getOrDefault(segment, List.of());
            if (same.size() > 1) {
                ambiguous.add(t.get("files.ambiguous", bySegment, same.size(), same.get(0), same.get(1)));
            } else {
                files.put(link, bySegment);
            }
        }
        return new Match(files, new ArrayList<>(ambiguous));
    }

    /** The decoded path of an http(s) link, or null when the link is not one. */
    static @Nullable String path(String link) {
        try {
            URI u = URI.create(link.strip());
            return u.getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static @Nullable String lastSegment(@Nullable String path) {
        if (path == null) {
            return null;
        }
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = p.lastIndexOf('/');
        String s = p.substring(slash + 1);
        return s.isEmpty() || s.equals(".") || s.equals("..") ? null : s;
    }

    /** {@code base/relative}, or null when that is not a path or leaves {@code base}. */
    private static @Nullable Path inside(Path base, String relative) {
        if (relative.isEmpty()) {
            return null;
        }
        try {
            Path p = base.resolve(relative).normalize();
            return p.startsWith(base) && !p.equals(base) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
