package ua.opendata.ckan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.opendata.ckan.internal.LimitedInputStream;
import ua.opendata.ckan.internal.ResultReader;
import ua.opendata.ckan.internal.Texts;

/**
 * Reads one HTTP response of an action call: the body within {@code maxResponseBytes} whatever
 * the status, buffered (small answers, errors) or streamed (large results such as pages of
 * {@code package_search}); unwraps CKAN's envelope or maps the error.
 */
final class ResponseReader {
    private static final Logger LOG = LoggerFactory.getLogger("ua.opendata.ckan.CkanClient");
    private static final int TRACE_MAX = 2000;

    private final ObjectMapper mapper;
    private final long maxResponseBytes;
    private final @Nullable String apiKey;

    ResponseReader(ObjectMapper mapper, long maxResponseBytes, @Nullable String apiKey) {
        this.mapper = mapper;
        this.maxResponseBytes = maxResponseBytes;
        this.apiKey = apiKey;
    }

    JsonNode handle(String action, ClassicHttpResponse response, long start, Transport.Attempt at)
            throws IOException {
        int attempt = at.number();
        int status = response.getCode();
        HttpEntity entity = response.getEntity();
        String contentType = entity == null ? null : entity.getContentType();
        byte[] bytes = entity == null ? new byte[0] : readLimited(action, status, entity, at);
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.debug("CKAN {} -> HTTP {} in {} ms (attempt {})", action, status, ms, attempt);
        if (LOG.isTraceEnabled()) {
            LOG.trace("CKAN {} body: {}", action, Texts.excerpt(text(bytes), TRACE_MAX, apiKey));
        }
        String retryAfter = header(response, "Retry-After");
        if (status >= 300 && status < 400) {
            String location = header(response, "Location");
            throw ErrorMapper.unexpected(action, status, contentType, text(bytes), null,
                    location == null ? CkanMessages.text("body.noLocation") : location, retryAfter, apiKey, at.number(), at.requestBytes());
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (IOException e) {
            throw ErrorMapper.unexpected(action, status, contentType, text(bytes), null, null,
                    retryAfter, apiKey, at.number(), at.requestBytes());
        }
        if (tree != null && tree.isTextual()) {
            throw ErrorMapper.unexpected(action, status, contentType, tree.textValue(),
                    tree.textValue(), null, retryAfter, apiKey, at.number(), at.requestBytes());
        }
        if (tree == null || !tree.isObject() || !tree.path("success").isBoolean()) {
            throw ErrorMapper.unexpected(action, status, contentType, text(bytes), null, null,
                    retryAfter, apiKey, at.number(), at.requestBytes());
        }
        if (tree.get("success").booleanValue()) {
            JsonNode result = tree.get("result");
            return result == null ? NullNode.getInstance() : result;
        }
        throw ErrorMapper.map(action, status, tree.get("error"), apiKey);
    }

    <T> T stream(String action, ClassicHttpResponse response, long start, Transport.Attempt at,
            ResultReader<T> reader) throws IOException {
        int attempt = at.number();
        int status = response.getCode();
        HttpEntity entity = response.getEntity();
        String contentType = entity == null ? null : entity.getContentType();
        if (status < 200 || status >= 300 || entity == null || contentType == null
                || !contentType.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            JsonNode result = handle(action, response, start, at); // errors: small, buffered
            try (JsonParser p = mapper.treeAsTokens(result)) {
                p.nextToken();
                return reader.read(p);
            }
        }
        T value = null;
        boolean seenResult = false;
        Boolean success = null;
        JsonNode error = null;
        try (InputStream in = new LimitedInputStream(entity.getContent(), maxResponseBytes);
                JsonParser p = mapper.getFactory().createParser(reader.wrap(in))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw ErrorMapper.unexpected(action, status, contentType, CkanMessages.text("body.notObject"), null,
                        null, null, apiKey, at.number(), at.requestBytes());
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "success" -> success = p.currentToken() == JsonToken.VALUE_TRUE;
                    case "result" -> {
                        value = reader.read(p);
                        seenResult = true;
                    }
                    case "error" -> error = p.readValueAsTree();
                    default -> p.skipChildren();
                }
            }
        } catch (LimitedInputStream.TooLargeException e) {
            throw ErrorMapper.unexpected(action, status, contentType,
                    CkanMessages.text("body.tooLarge", maxResponseBytes), null, null, null, apiKey, at.number(), at.requestBytes());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ErrorMapper.unexpected(action, status, contentType,
                    CkanMessages.text("body.malformed", e.getOriginalMessage()), null, null, null, apiKey, at.number(), at.requestBytes());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.debug("CKAN {} -> HTTP {} in {} ms (attempt {})", action, status, ms, attempt);
        LOG.trace("CKAN {} body: (streamed, not logged)", action);
        if (Boolean.TRUE.equals(success) && seenResult) {
            return value;
        }
        if (Boolean.FALSE.equals(success)) {
            throw ErrorMapper.map(action, status, error, apiKey);
        }
        throw ErrorMapper.unexpected(action, status, contentType,
                CkanMessages.text("body.noEnvelope"), null, null, null, apiKey, at.number(), at.requestBytes());
    }

    /** The start of a body as text (never the whole of a large body). */
    private static String text(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8);
    }

    private byte[] readLimited(String action, int status, HttpEntity entity, Transport.Attempt at)
            throws IOException {
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return new byte[0];
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxResponseBytes + 1));
            if (bytes.length > maxResponseBytes) {
                throw ErrorMapper.unexpected(action, status, entity.getContentType(),
                        CkanMessages.text("body.tooLarge", maxResponseBytes), null, null, null, apiKey, at.number(), at.requestBytes());
            }
            return bytes;
        }
    }

    private static @Nullable String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }
}
