package ua.opendata.passport.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterLocations;
import ua.opendata.passport.internal.json.LimitedInputStream;
import ua.opendata.passport.internal.json.SurrogateEscapes;
import ua.opendata.passport.io.AtomicFiles;
import ua.opendata.passport.json.PassportJsonException.Problem;

/**
 * Reads and writes passports and registers as JSON documents. Immutable and thread-safe; get one
 * with {@link #defaults()} or {@link #builder()}.
 *
 * <p>Documents are UTF-8, indented by two spaces, with LF line ends and a final newline; the same
 * value always gives the same bytes. The layout is described in the {@linkplain
 * ua.opendata.passport.json package documentation}. Reading is strict: unknown or repeated
 * properties, values of the wrong type, malformed dates and a {@code schemaVersion} newer than
 * {@value #SCHEMA_VERSION} are {@link PassportJsonException}s naming the line, column and JSON
 * path; input is limited in size, nesting depth and string length.
 */
public final class PassportJson {

    /** The schema version written in every document, and the highest read. */
    public static final int SCHEMA_VERSION = 1;
    /** The default input size limit: 16 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 16L * 1024 * 1024;
    /** The default nesting depth limit; documents of this schema nest at most six levels. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
    /** The default limit on the length of one string: 1 MiB characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;

    private static final PassportJson DEFAULTS = builder().build();

    private final long maxInputBytes;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final JsonFactory factory;

    private PassportJson(Builder b) {
        this.maxInputBytes = b.maxInputBytes;
        this.maxNestingDepth = b.maxNestingDepth;
        this.maxStringLength = b.maxStringLength;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxNestingDepth)
                        .maxStringLength(maxStringLength)
                        .maxNameLength(Math.min(maxStringLength, 64 * 1024))
                        .maxNumberLength(64)
                        .maxDocumentLength(maxInputBytes)
                        .build())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /** {@return the codec with default limits} */
    public static PassportJson defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the default limits} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder starting from this codec's settings} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxInputBytes = maxInputBytes;
        b.maxNestingDepth = maxNestingDepth;
        b.maxStringLength = maxStringLength;
        return b;
    }

    /**
     * A Jackson module that reads and writes {@link Passport}, {@link Register},
     * {@link ua.opendata.passport.RegisterEntry}, {@link ua.opendata.passport.DataFormat},
     * {@link ua.opendata.passport.UpdateFrequency} and {@link ua.opendata.passport.EntryStatus} in
     * this codec's layout, for an application's own {@code ObjectMapper} (e.g. in Spring). Errors
     * there are Jackson {@code JsonMappingException}s with a {@link PassportJsonException} cause;
     * size limits are the mapper's own.
     *
     * @return a Jackson module for passports, registers and their parts
     */
    public static Module jacksonModule() {
        return new PassportJacksonModule();
    }

    /** {@return the input size limit in bytes (characters for text input)} */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    /** {@return the nesting depth limit} */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /** {@return the limit on the length of one string value} */
    public int maxStringLength() {
        return maxStringLength;
    }

    // ------------------------------------------------------------------ passports

    /**
     * Reads a passport document from a file.
     *
     * @param file the passport document to read
     * @return the passport the document describes
     * @throws PassportJsonException naming the file, line, column and JSON path of every problem
     *                               found
     * @throws UncheckedIOException  naming the file, when it cannot be read
     */
    public Passport readPassport(Path file) {
        return readFile(file, in -> readPassport(in, file.toString()));
    }

    /**
     * Reads a passport document from a stream, which is read but not closed.
     *
     * @param in the UTF-8 JSON bytes of the passport document
     * @param sourceName the name used in messages, e.g. a file name
     * @return the passport the document describes
     * @throws PassportJsonException naming the source, line, column and JSON path of every problem
     */
    public Passport readPassport(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        return read(sourceName, () -> factory.createParser(new LimitedInputStream(in, maxInputBytes)),
                DocumentReader::readPassport);
    }

    /**
     * Reads a passport document from text.
     *
     * @param json the passport document as text
     * @param sourceName the name used in messages
     * @return the passport the document describes
     * @throws PassportJsonException naming the source, line, column and JSON path of every problem
     */
    public Passport passportFromJson(String json, String sourceName) {
        checkLength(json, sourceName);
        return read(sourceName, () -> factory.createParser(json), DocumentReader::readPassport);
    }

    /**
     * Writes a passport document to a file atomically (readers see the old or the whole new file).
     *
     * @param passport the passport to write
     * @param file the file to create or replace
     * @throws UncheckedIOException naming the file, when it cannot be written (it is then unchanged)
     */
    public void writePassport(Passport passport, Path file) {
        Objects.requireNonNull(passport, "passport");
        AtomicFiles.write(file, out -> writePassport(passport, out));
    }

    /**
     * Writes a passport document to a stream as UTF-8; the stream is flushed, not closed.
     *
     * @param passport the passport to write
     * @param out the stream that receives the UTF-8 JSON
     * @throws UncheckedIOException when writing to the stream fails
     */
    public void writePassport(Passport passport, OutputStream out) {
        Objects.requireNonNull(passport, "passport");
        write(out, g -> DocumentWriter.writePassport(passport, g));
    }

    /**
     * The passport document as text, exactly the characters {@link #writePassport} writes.
     *
     * @param passport the passport to write
     * @return the JSON document of the passport
     */
    public String toJson(Passport passport) {
        Objects.requireNonNull(passport, "passport");
        return text(g -> DocumentWriter.writePassport(passport, g));
    }

    // ------------------------------------------------------------------ registers

    /**
     * Reads a register document from a file.
     *
     * @param file the register document to read
     * @return the register the document describes
     * @throws PassportJsonException naming the file, line, column and JSON path of every problem
     * @throws UncheckedIOException  naming the file, when it cannot be read
     */
    public Register readRegister(Path file) {
        return readFile(file, in -> readRegister(in, file.toString()));
    }

    /**
     * Reads a register document from a stream, which is read but not closed.
     *
     * @param in the UTF-8 JSON bytes of the register document
     * @param sourceName the name used in messages, e.g. a file name
     * @return the register the document describes
     * @throws PassportJsonException naming the source, line, column and JSON path of every problem
     */
    public Register readRegister(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        return read(sourceName, () -> factory.createParser(new LimitedInputStream(in, maxInputBytes)),
                DocumentReader::readRegister);
    }

    /**
     * Reads a register document from a file, keeping where each entry's object starts in it
     * ({@code register.json:12:5}), for findings that say where to fix them.
     *
     * @param file the register document to read
     * @return the register and its entries' locations, named by the file as given
     * @throws PassportJsonException naming the file, line, column and JSON path of every problem
     * @throws UncheckedIOException  naming the file, when it cannot be read
     */
    public RegisterDocument readRegisterDocument(Path file) {
        return readFile(file, in -> readRegisterDocument(in, file.toString()));
    }

    /**
     * Reads a register document from a stream, which is read but not closed, keeping where each entry's
     * object starts in it.
     *
     * @param in the UTF-8 JSON bytes of the register document
     * @param sourceName the name used in messages and locations, e.g. a file name
     * @return the register and its entries' locations
     * @throws PassportJsonException naming the source, line, column and JSON path of every problem
     */
    public RegisterDocument readRegisterDocument(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        DocumentReader.Located read = read(sourceName, () -> factory.createParser(new LimitedInputStream(in,
                maxInputBytes)), DocumentReader::readLocatedRegister);
        RegisterLocations.Builder where = RegisterLocations.builder(sourceName);
        for (int i = 0; i < read.lines().length; i++) {
            where.entry(Math.max(1, read.lines()[i]), Math.max(1, read.columns()[i]));
        }
        return new RegisterDocument(read.register(), where.build());
    }

    /**
     * Reads a register document from text.
     *
     * @param json the register document as text
     * @param sourceName the name used in messages
     * @return the register the document describes
     * @throws PassportJsonException naming the source, line, column and JSON path of every problem
     */
    public Register registerFromJson(String json, String sourceName) {
        checkLength(json, sourceName);
        return read(sourceName, () -> factory.createParser(json), DocumentReader::readRegister);
    }

    /**
     * Writes a register document to a file atomically.
     *
     * @param register the register to write
     * @param file the file to create or replace
     * @throws UncheckedIOException naming the file, when it cannot be written (it is then unchanged)
     */
    public void writeRegister(Register register, Path file) {
        Objects.requireNonNull(register, "register");
        AtomicFiles.write(file, out -> writeRegister(register, out));
    }

    /**
     * Writes a register document to a stream as UTF-8; the stream is flushed, not closed.
     *
     * @param register the register to write
     * @param out the stream that receives the UTF-8 JSON
     * @throws UncheckedIOException when writing to the stream fails
     */
    public void writeRegister(Register register, OutputStream out) {
        Objects.requireNonNull(register, "register");
        write(out, g -> DocumentWriter.writeRegister(register, g));
    }

    /**
     * The register document as text, exactly the characters {@link #writeRegister} writes.
     *
     * @param register the register to write
     * @return the JSON document of the register
     */
    public String toJson(Register register) {
        Objects.requireNonNull(register, "register");
        return text(g -> DocumentWriter.writeRegister(register, g));
    }

    // ------------------------------------------------------------------ machinery

    @FunctionalInterface
    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    @FunctionalInterface
    private interface Body<T> {
        DocumentReader.Result<T> read(JsonParser p, List<Problem> sink) throws IOException;
    }

    @FunctionalInterface
    private interface Writing {
        void write(JsonGenerator g) throws IOException;
    }

    @FunctionalInterface
    private interface StreamRead<T> {
        T read(InputStream in);
    }

    private <T> T readFile(Path file, StreamRead<T> reading) {
        Objects.requireNonNull(file, "file");
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(wholeMessage(file.toString(), "file.missing"), e);
        } catch (IOException e) {
            throw new UncheckedIOException(wholeMessage(file.toString(), "file.open", String.valueOf(e.getMessage())),
                    e);
        }
        try (in) {
            return reading.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(wholeMessage(file.toString(), "file.close", String.valueOf(e.getMessage())),
                    e);
        }
    }

    private <T> T read(String sourceName, ParserSource source, Body<T> body) {
        Objects.requireNonNull(sourceName, "sourceName");
        List<Problem> problems = new ArrayList<>();
        try (JsonParser p = source.open()) {
            DocumentReader.Result<T> result = body.read(p, problems);
            problems.clear();
            problems.addAll(result.problems());
            if (problems.isEmpty()) {
                JsonToken next = p.nextToken();
                if (next != null) {
                    problems.add(JsonText.problem(p.currentTokenLocation().getLineNr(),
                            p.currentTokenLocation().getColumnNr(), "$", "input.trailing"));
                }
            }
            if (!problems.isEmpty()) {
                throw new PassportJsonException(sourceName, problems, null);
            }
            return Objects.requireNonNull(result.value());
        } catch (PassportJsonException e) {
            throw e;
        } catch (LimitedInputStream.LimitExceededException e) {
            throw whole(sourceName, e, "input.tooLarge", Long.toString(maxInputBytes));
        } catch (StreamConstraintsException e) {
            problems.add(at(e, "input.limit", e.getOriginalMessage()));
            throw new PassportJsonException(sourceName, problems, e);
        } catch (JsonProcessingException e) {
            problems.add(at(e, "input.malformed", e.getOriginalMessage()));
            throw new PassportJsonException(sourceName, problems, e);
        } catch (IOException e) {
            throw new UncheckedIOException(wholeMessage(sourceName, "input.unreadable", String.valueOf(e.getMessage())), e);
        }
    }

    private static Problem at(JsonProcessingException e, String key, String argument) {
        var loc = e.getLocation();
        int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
        return JsonText.problem(line, column, "$", key, argument);
    }

    private void checkLength(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        if (json.length() > maxInputBytes) {
            throw whole(sourceName, null, "input.tooLarge", Long.toString(maxInputBytes));
        }
    }

    private static PassportJsonException whole(String sourceName, @Nullable Throwable cause, String key,
            String... arguments) {
        return new PassportJsonException(sourceName, List.of(JsonText.problem(0, 0, "$", key, arguments)), cause);
    }

    /** The message of an I/O failure, as a {@link PassportJsonException} of the whole input words it. */
    private static String wholeMessage(String sourceName, String key, String... arguments) {
        return whole(sourceName, null, key, arguments).getMessage();
    }

    private void write(OutputStream out, Writing writing) {
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = factory.createGenerator(out)) {
            configure(g);
            writing.write(g);
            g.writeRaw('\n');
        } catch (IOException e) {
            String reason = String.valueOf(e.getMessage());
            throw new UncheckedIOException(JsonText.en("write.failed", reason) + " / " + JsonText.uk("write.failed",
                    reason), e);
        }
    }

    private String text(Writing writing) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(w)) {
            configure(g);
            writing.write(g);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    private static void configure(JsonGenerator g) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        g.setPrettyPrinter(new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
        g.setCharacterEscapes(SurrogateEscapes.INSTANCE);
    }

    /** Builds a {@link PassportJson} with custom limits; not thread-safe. */
    public static final class Builder {
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;

        private Builder() {
        }

        /**
         * The largest input accepted, in bytes (characters for text input); at least 1.
         *
         * @param v the input limit in bytes
         * @return this builder
         */
        public Builder maxInputBytes(long v) {
            if (v < 1) {
                throw new IllegalArgumentException(JsonText.both("builder.maxInputBytes", Long.toString(v)));
            }
            maxInputBytes = v;
            return this;
        }

        /**
         * The deepest nesting of arrays and objects accepted; at least 8 (the schema needs 6).
         *
         * @param v the nesting depth limit
         * @return this builder
         */
        public Builder maxNestingDepth(int v) {
            if (v < 8) {
                throw new IllegalArgumentException(JsonText.both("builder.maxNestingDepth", Integer.toString(v)));
            }
            maxNestingDepth = v;
            return this;
        }

        /**
         * The longest string value accepted, in characters; at least 4000 (a passport description).
         *
         * @param v the string length limit in characters
         * @return this builder
         */
        public Builder maxStringLength(int v) {
            if (v < 4000) {
                throw new IllegalArgumentException(JsonText.both("builder.maxStringLength", Integer.toString(v)));
            }
            maxStringLength = v;
            return this;
        }

        /** {@return a codec with the settings given to this builder} */
        public PassportJson build() {
            return new PassportJson(this);
        }
    }
}
