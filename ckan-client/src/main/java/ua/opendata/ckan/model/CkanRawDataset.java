package ua.opendata.ckan.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One {@code package_search} result exactly as the portal sent it: the bytes of its JSON object
 * (UTF-8, every field, in the portal's order and escaping, on one line), with the three values a
 * harvest needs read out of it. Nothing is decoded into a model, so copying a catalogue to a
 * file costs little more than reading it; {@link #toDataset(ZoneId)} decodes one when typed values
 * are needed. Immutable: the bytes are never exposed, only copied or written.
 */
public final class CkanRawDataset {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final @Nullable String id;
    private final @Nullable String name;
    private final @Nullable String metadataModified;
    private final byte[] json;

    /**
     * Creates a raw dataset.
     *
     * @param id the {@code id}, or null when the object has none (or not a string)
     * @param name the {@code name}, or null
     * @param metadataModified the {@code metadata_modified} text as received, or null
     * @param json the JSON object, UTF-8, on one line (copied)
     * @throws IllegalArgumentException when the bytes do not start with <code>{</code> and end
     *     with <code>}</code>, or hold a line break
     */
    public CkanRawDataset(@Nullable String id, @Nullable String name,
            @Nullable String metadataModified, byte[] json) {
        this(id, name, metadataModified, checked(json.clone()), true);
    }

    private CkanRawDataset(@Nullable String id, @Nullable String name,
            @Nullable String metadataModified, byte[] json, boolean owned) {
        this.id = id;
        this.name = name;
        this.metadataModified = metadataModified;
        this.json = json;
    }

    private static byte[] checked(byte[] json) {
        if (!oneLineObject(json)) {
            throw new IllegalArgumentException(ModelTexts.text("arg.rawDatasetBytes"));
        }
        return json;
    }

    /**
     * Whether bytes are a JSON object on one line: they start with <code>{</code>, end with
     * <code>}</code> and hold no line break (inside JSON strings line breaks are always escaped,
     * so a raw one can only be whitespace between tokens).
     *
     * @param json the bytes
     * @return whether they can be written as one line of JSON Lines
     */
    public static boolean oneLineObject(byte[] json) {
        if (json.length < 2 || json[0] != '{' || json[json.length - 1] != '}') {
            return false;
        }
        for (byte b : json) {
            if (b == '\n' || b == '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * The {@code id}.
     *
     * @return the id, or null when the result has none
     */
    public @Nullable String id() {
        return id;
    }

    /**
     * The {@code name}.
     *
     * @return the name, or null
     */
    public @Nullable String name() {
        return name;
    }

    /**
     * The {@code metadata_modified} text exactly as received (CKAN: zone-less, UTC).
     *
     * @return the text, or null when absent or not a string
     */
    public @Nullable String metadataModified() {
        return metadataModified;
    }

    /**
     * The length of the JSON object in bytes.
     *
     * @return the length
     */
    public int size() {
        return json.length;
    }

    /**
     * Writes the JSON object's bytes (no line break).
     *
     * @param out where to write
     * @throws UncheckedIOException when writing fails (its cause is the stream's {@code IOException})
     */
    public void writeTo(OutputStream out) {
        try {
            out.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of the JSON object's bytes (UTF-8).
     *
     * @return the bytes
     */
    public byte[] toByteArray() {
        return json.clone();
    }

    /**
     * The JSON object as text.
     *
     * @return the text
     */
    public String json() {
        return new String(json, StandardCharsets.UTF_8);
    }

    /**
     * Decodes the typed dataset (unknown keys kept, as {@code package_search} would give it).
     *
     * @param zone the zone for zone-less timestamps (CKAN's are UTC)
     * @return the dataset
     */
    public CkanDataset toDataset(ZoneId zone) {
        try {
            if (JSON.readTree(json) instanceof ObjectNode o) {
                return CkanDataset.fromJson(o, zone);
            }
            throw new IOException("not an object");
        } catch (IOException e) {
            throw new UncheckedIOException("CkanRawDataset: the bytes are not a JSON object", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CkanRawDataset r && Arrays.equals(json, r.json);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(json);
    }

    /** Names the dataset and its size, never its content. */
    @Override
    public String toString() {
        return "CkanRawDataset[id=" + id + ", name=" + name + ", metadata_modified=" + metadataModified
                + ", " + json.length + " bytes]";
    }
}
