package ua.opendata.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;

/** How the report writers fail: an {@link UncheckedIOException} whose message names the file. */
final class ReportFiles {

    private ReportFiles() {
    }

    static RuntimeException failed(String message, Exception cause) {
        if (cause instanceof UncheckedIOException u) {
            return new UncheckedIOException(message, u.getCause());
        }
        if (cause instanceof IOException io) {
            return new UncheckedIOException(message, io);
        }
        return cause instanceof RuntimeException r ? r : new IllegalStateException(message, cause);
    }
}
