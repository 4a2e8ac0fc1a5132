package ua.opendata.ckan.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;

/** Not for public use. Reads the {@code result} value of a success envelope from a parser positioned on it. */
@FunctionalInterface
public interface ResultReader<T> {
    /**
     * Reads the value.
     *
     * @param parser positioned on the first token of the {@code result} value
     * @return the value read
     * @throws IOException on a read or parse failure
     */
    T read(JsonParser parser) throws IOException;

    /**
     * Wraps the body before the parser reads it (e.g. to keep the bytes as received); the
     * default returns it unchanged.
     *
     * @param body the body
     * @return the stream the parser reads
     */
    default InputStream wrap(InputStream body) {
        return body;
    }
}
