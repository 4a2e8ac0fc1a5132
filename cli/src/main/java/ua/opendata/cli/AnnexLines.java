package ua.opendata.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import ua.opendata.core.audit.AuditAnnex;
import ua.opendata.core.audit.AuditResult;

/** The annex part of {@code audit}'s summary: the binding sections and why, and the positions found. */
final class AnnexLines {

    private AnnexLines() {
    }

    /** Why the sections bind, as the summary says it. */
    static String why(Texts t, AuditResult audit, String given) {
        AuditAnnex a = audit.annex();
        String org = audit.organization() == null ? "" : audit.organization();
        String holder = a.holder() == null ? "" : a.holder();
        return switch (a.basis()) {
            case GIVEN -> given;
            case HOLDER_TABLE -> t.get("audit.annex.basis.holder", org, holder);
            case HOLDER_WITHOUT_SECTION -> t.get("audit.annex.basis.holderWithoutSection", org, holder,
                    a.annexVersion());
            case PUBLISHER_NAME -> t.get("audit.annex.basis.title", holder);
            case DEFAULT -> t.get("audit.annex.basis.default");
        };
    }

    /** Prints the sections line and the positions line. */
    static void print(PrintStream out, Texts t, AuditResult audit, String givenWhy, Path mapping) {
        AuditAnnex a = audit.annex();
        out.println(t.get("validate.sections", a.annexVersion(), String.join(", ", a.sections()),
                why(t, audit, givenWhy)));
        out.println(t.get("audit.annex.positions", a.positions().size(), a.count(AuditAnnex.State.PRESENT),
                a.count(AuditAnnex.State.RESTRICTED), a.count(AuditAnnex.State.UNSURE),
                a.count(AuditAnnex.State.MISSING), a.extras().size(), mapping));
    }

    /** The {@code annex} member of the JSON summary. */
    static void putJson(ObjectNode o, AuditAnnex a) {
        o.put("version", a.annexVersion());
        ArrayNode sections = o.putArray("sections");
        a.sections().forEach(sections::add);
        o.put("basis", a.basis().name().toLowerCase(Locale.ROOT));
        o.put("holder", a.holder());
        o.put("positions", a.positions().size());
        for (AuditAnnex.State s : AuditAnnex.State.values()) {
            o.put(s.name().toLowerCase(Locale.ROOT), a.count(s));
        }
        o.put("extra", a.extras().size());
    }
}
