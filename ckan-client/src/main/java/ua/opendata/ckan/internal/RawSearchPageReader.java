package ua.opendata.ckan.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ua.opendata.ckan.model.CkanRawDataset;
import ua.opendata.ckan.model.CkanSearchPage;

/**
 * Not for public use. Reads a {@code package_search} result into raw datasets: each result object
 * is cut out of the body as the bytes received (the parser only tokenizes it; of its values only
 * {@code id}, {@code name} and {@code metadata_modified} are decoded), so no tree and no model is
 * built. When the bytes cannot be cut out (a parser not reading the body, or a result spread over
 * several lines), the object is re-written compactly on one line instead, same values.
 *
 * <p>One reader per call: it records the body of the answer it reads.
 */
public final class RawSearchPageReader implements ResultReader<CkanSearchPage<CkanRawDataset>> {
    private static final JsonFactory FACTORY = new JsonFactory();

    private RecordingInputStream recording;

    @Override
    public InputStream wrap(InputStream body) {
        recording = new RecordingInputStream(body);
        return recording;
    }

    @Override
    public CkanSearchPage<CkanRawDataset> read(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new IOException("package_search result is not an object");
        }
        RecordingInputStream rec = p.getInputSource() == recording ? recording : null;
        long count = 0;
        List<CkanRawDataset> results = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (name.equals("count") && t == JsonToken.VALUE_NUMBER_INT) {
                count = p.getLongValue();
            } else if (name.equals("results") && t == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        throw new IOException("package_search result list holds a " + p.currentToken());
                    }
                    results.add(result(p, rec));
                }
            } else {
                p.skipChildren(); // facets, sort, …: not needed to harvest
            }
            if (rec != null) {
                rec.keepFrom(p.currentLocation().getByteOffset());
            }
        }
        return new CkanSearchPage<>(count, results, null, null, null, Map.of());
    }

    private static CkanRawDataset result(JsonParser p, RecordingInputStream rec) throws IOException {
        if (rec == null) {
            return rewritten(p);
        }
        long from = p.currentTokenLocation().getByteOffset();
        int line = p.currentTokenLocation().getLineNr();
        rec.keepFrom(from);
        String id = null;
        String name = null;
        String modified = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_STRING) {
                switch (key) {
                    case "id" -> id = p.getText();
                    case "name" -> name = p.getText();
                    case "metadata_modified" -> modified = p.getText();
                    default -> { } // left undecoded
                }
            } else {
                p.skipChildren();
            }
        }
        byte[] bytes = rec.slice(from, p.currentLocation().getByteOffset());
        if (bytes == null) {
            throw new IOException("package_search: a result could not be cut out of the body");
        }
        // the parser counts every raw line break (only whitespace can hold one: JSON strings
        // cannot), so an object that ends on the line it started on is one line
        if (p.currentLocation().getLineNr() != line) {
            return compact(bytes, id, name, modified);
        }
        return new CkanRawDataset(id, name, modified, bytes);
    }

    /** Re-writes an object that spans several lines on one line. */
    private static CkanRawDataset compact(byte[] bytes, String id, String name, String modified)
            throws IOException {
        try (JsonParser q = FACTORY.createParser(bytes)) {
            q.nextToken();
            return new CkanRawDataset(id, name, modified, copy(q));
        }
    }

    /** Copies the object the parser is on (without the bytes as received) and reads its keys. */
    private static CkanRawDataset rewritten(JsonParser p) throws IOException {
        byte[] bytes = copy(p);
        try (JsonParser q = FACTORY.createParser(bytes)) {
            q.nextToken();
            String id = null;
            String name = null;
            String modified = null;
            while (q.nextToken() == JsonToken.FIELD_NAME) {
                String key = q.currentName();
                if (q.nextToken() == JsonToken.VALUE_STRING) {
                    switch (key) {
                        case "id" -> id = q.getText();
                        case "name" -> name = q.getText();
                        case "metadata_modified" -> modified = q.getText();
                        default -> { }
                    }
                } else {
                    q.skipChildren();
                }
            }
            return new CkanRawDataset(id, name, modified, bytes);
        }
    }

    private static byte[] copy(JsonParser p) throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder();
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.copyCurrentStructure(p);
        }
        return out.toByteArray();
    }
}
