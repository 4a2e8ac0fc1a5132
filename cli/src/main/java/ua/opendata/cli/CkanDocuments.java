package ua.opendata.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.core.mapping.MappingNote;
import ua.opendata.core.mapping.PortalPassport;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.passport.Passport;

/**
 * A CKAN API answer saved where a passport is expected ({@code curl …/api/3/action/package_show?id=…
 * > passport.json}): recognised by its envelope ({@code help}, {@code success}, {@code result}) and,
 * when it is a {@code package_show} answer, read as a passport through the data.gov.ua mapping with a
 * note; any other CKAN answer is refused with what it is and which commands read portals.
 */
final class CkanDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Session session;
    private final Texts t;

    CkanDocuments(Session session, Texts t) {
        this.session = session;
        this.t = t;
    }

    /**
     * The passport in {@code file} when it is a CKAN {@code package_show} answer (with a note on standard
     * error), null when it is not a CKAN answer; a {@link CliException} for any other CKAN answer.
     */
    @Nullable Passport passportOrNull(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            return null; // the passport reader says what is wrong with it
        }
        if (root == null || !root.isObject() || !root.has("success") || !root.has("result") && !root.has("error")) {
            return null;
        }
        String action = action(root.path("help").asText(""));
        JsonNode result = root.get("result");
        if (!root.path("success").asBoolean(false) || !"package_show".equals(action) || result == null
                || !result.isObject() || !result.has("name") && !result.has("id")) {
            throw new CliException(OpendataCommand.FINDINGS, t.get("error.passport.ckan", file,
                    action.isEmpty() ? "?" : action));
        }
        PortalPassport mapped = PortalProfile.dataGovUa().fromDataset(CkanDataset.fromJson((ObjectNode) result));
        String id = mapped.passport().identifier();
        String dataset = result.path("name").asText(result.path("id").asText());
        session.err().println(id == null ? t.get("passport.ckan.readNoId", file, dataset)
                : t.get("passport.ckan.read", file, dataset, id));
        Locale locale = t.locale();
        for (MappingNote n : mapped.notes()) {
            session.err().println("  " + n.element() + ": " + n.message().get(locale));
        }
        return mapped.passport();
    }

    /** The action in CKAN's {@code help} link ({@code …/help_show?name=package_show}), or empty. */
    static String action(String help) {
        int i = help.indexOf("name=");
        if (i < 0) {
            return "";
        }
        String rest = help.substring(i + "name=".length());
        int end = rest.indexOf('&');
        return (end < 0 ? rest : rest.substring(0, end)).strip();
    }
}
