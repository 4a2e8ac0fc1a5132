package ua.opendata.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is an interactive terminal (for a progress bar instead of plain lines). */
final class Terminal {
    private Terminal() {
    }

    /**
     * True when the JVM has a console and standard error is a terminal. Java 17 cannot ask about
     * standard error directly; on Linux {@code /proc/self/fd/2} tells, elsewhere the console decides.
     */
    static boolean stderrIsTerminal() {
        if (System.console() == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(fd2).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }
}
