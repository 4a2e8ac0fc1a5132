package ua.opendata.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.internal.text.Catalog;
import ua.opendata.core.text.Messages;

/**
 * Writes a folder of report files as one consistent set: everything goes into a hidden temporary
 * sibling ({@code .NAME.tmp-XXXX}), which then replaces the folder (the old one is renamed aside, the
 * new one renamed in, the old one deleted). Readers see the old set or the new set, never a mix or a
 * half-written file. When the writer fails, or the process is interrupted (Ctrl-C runs a shutdown hook),
 * the temporary folder is deleted and the old folder stays as it was.
 *
 * <p>A folder that holds anything besides the {@code owned} names (a folder the user shares with other
 * files, or the working directory) is never renamed: then each owned entry is replaced on its own, still
 * never half-written, and the other entries are not touched.
 *
 * <pre>{@code
 * ReportFolder.write(Path.of("opendata-report"), Set.of("report.html", "report-data", "report.json"),
 *         dir -> HtmlReport.builder().build().write(report, dir.resolve("report.html")));
 * }</pre>
 */
public final class ReportFolder {

    private static final Object LOCK = new Object();
    private static final Set<Runnable> ON_EXIT = new LinkedHashSet<>();
    private static boolean hooked;

    private ReportFolder() {
    }

    /** Writes the files of a folder. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes every file of the set into {@code dir}.
         *
         * @param dir the empty temporary folder that becomes the report folder
         */
        void writeTo(Path dir);
    }

    /**
     * Writes {@code target} as one set; a missing parent folder is created.
     *
     * @param target the folder to create or replace
     * @param owned  the names of the entries the writer owns in {@code target} (entries of an older
     *               set that the new one no longer has are removed; other names are never touched)
     * @param content writes the files into the temporary folder
     * @throws UncheckedIOException naming the folder (and the cause) when the platform's I/O fails, here
     *                              or inside {@code content}; any other exception of {@code content} as it
     *                              is; either way the old folder is unchanged and no temporary folder is left
     */
    public static void write(Path target, Set<String> owned, Content content) {
        Objects.requireNonNull(owned, "owned");
        run(target, owned, content);
    }

    /** Replaces a folder whose every entry the writer owns (e.g. the data folder of a page) as one set. */
    static void replace(Path target, Content content) {
        run(target, null, content);
    }

    private static void run(Path target, @Nullable Set<String> owned, Content content) {
        Objects.requireNonNull(content, "content");
        Path folder = target.toAbsolutePath().normalize();
        Path parent = folder.getParent();
        if (parent == null) {
            throw new UncheckedIOException(failed(target), new IOException("the root folder cannot be a report folder"));
        }
        Path tmp = sibling(folder, "tmp");
        Path aside = sibling(folder, "old");
        AtomicBoolean perEntry = new AtomicBoolean();
        Runnable cleanup = () -> {
            synchronized (LOCK) {
                deleteQuietly(tmp);
                deleteQuietly(tmp); // a file the writer created meanwhile
                restore(aside, folder, perEntry.get());
            }
        };
        onExit(cleanup, true);
        try {
            Files.createDirectories(parent);
            Files.createDirectory(tmp);
            content.writeTo(tmp);
            synchronized (LOCK) {
                if (owned != null && sharedWithOthers(folder, owned)) {
                    perEntry.set(true);
                    replaceEntries(tmp, folder, owned, aside);
                } else {
                    swap(tmp, folder, aside);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(failed(target) + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(failed(target) + ": " + e.getMessage(), e.getCause());
        } finally {
            cleanup.run();
            onExit(cleanup, false);
        }
    }

    /**
     * After a write, finished or not: puts back what was set aside and is missing now (the whole folder,
     * or each entry of a shared folder), then deletes the rest of the aside.
     */
    private static void restore(Path aside, Path folder, boolean perEntry) {
        if (!Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!perEntry) {
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                moveQuietly(aside, folder);
            }
        } else {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(aside)) {
                for (Path old : entries) {
                    Path back = folder.resolve(old.getFileName().toString());
                    if (!Files.exists(back, LinkOption.NOFOLLOW_LINKS)) {
                        moveQuietly(old, back);
                    }
                }
            } catch (IOException e) {
                return; // keep the aside rather than lose what it holds
            }
        }
        deleteQuietly(aside);
    }

    private static String failed(Path target) {
        return Catalog.bilingual(Messages.REPORT, "report.folderFailed", target);
    }

    /** Whether {@code folder} is the working directory or holds an entry not in {@code owned}. */
    private static boolean sharedWithOthers(Path folder, Set<String> owned) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Files.exists(folder, LinkOption.NOFOLLOW_LINKS);
        }
        if (Path.of("").toAbsolutePath().normalize().startsWith(folder)) {
            return true;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                if (!owned.contains(p.getFileName().toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Old folder aside, new folder in, old folder deleted. */
    private static void swap(Path tmp, Path folder, Path aside) throws IOException {
        boolean old = Files.exists(folder, LinkOption.NOFOLLOW_LINKS);
        if (old) {
            move(folder, aside);
        }
        try {
            move(tmp, folder);
        } catch (IOException e) {
            if (old) {
                moveQuietly(aside, folder);
            }
            throw e;
        }
        deleteQuietly(aside);
    }

    /** Each owned entry replaced on its own (old one aside, new one in); other entries untouched. */
    private static void replaceEntries(Path tmp, Path folder, Set<String> owned, Path aside) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder");
        }
        Files.createDirectory(aside);
        java.util.List<String> movedIn = new java.util.ArrayList<>();
        try {
            for (String name : owned) {
                Path current = folder.resolve(name);
                Path fresh = tmp.resolve(name);
                if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                    move(current, aside.resolve(name));
                }
                if (Files.exists(fresh, LinkOption.NOFOLLOW_LINKS)) {
                    move(fresh, current);
                    movedIn.add(name);
                }
            }
        } catch (IOException e) {
            // undo: the new entries out; the clean-up puts the old ones back
            for (String name : movedIn) {
                deleteQuietly(folder.resolve(name));
            }
            throw e;
        }
        deleteQuietly(aside);
    }

    private static Path sibling(Path folder, String kind) {
        String random = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        return folder.resolveSibling("." + folder.getFileName() + "." + kind + "-" + random);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void moveQuietly(Path from, Path to) {
        try {
            move(from, to);
        } catch (IOException e) {
            // the state stays as it is; the caller reports the first failure
        }
    }

    /** Deletes a file or a folder with everything in it; what cannot be deleted stays. */
    static void deleteQuietly(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            // best effort: the rest stays
        }
    }

    /** Adds ({@code add}) or removes a clean-up that the shutdown hook runs when the JVM exits. */
    static void onExit(Runnable cleanup, boolean add) {
        synchronized (ON_EXIT) {
            if (!add) {
                ON_EXIT.remove(cleanup);
                return;
            }
            ON_EXIT.add(cleanup);
            if (!hooked) {
                hooked = true;
                try {
                    Runtime.getRuntime().addShutdownHook(new Thread(ReportFolder::runAll, "opendata-report-cleanup"));
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down: the finally block cleans up
                }
            }
        }
    }

    /** What the shutdown hook runs: every clean-up of a write under way. */
    static void runAll() {
        Runnable[] all;
        synchronized (ON_EXIT) {
            all = ON_EXIT.toArray(new Runnable[0]);
        }
        for (Runnable r : all) {
            r.run();
        }
    }
}
