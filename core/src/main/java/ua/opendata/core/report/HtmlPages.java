package ua.opendata.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ua.opendata.core.audit.AuditDataset;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.TimelinessVerdict;
import ua.opendata.core.rules.ValidationReport;

/**
 * Writes the data files of a paged page: every page of the datasets table (each row with the findings
 * of its dataset), the filter's search index, and every page of the portal table. The rows are the same
 * markup the page itself shows for its first page. Not for public use.
 */
final class HtmlPages {

    private final HtmlDatasets datasets;
    private final HtmlFindings findings;
    private final HtmlPortal portal;

    HtmlPages(HtmlDatasets datasets, HtmlFindings findings, HtmlPortal portal) {
        this.datasets = datasets;
        this.findings = findings;
        this.portal = portal;
    }

    void write(ValidationReport report, Map<String, Integer> groupOf, HtmlPaging paging) {
        Map<String, TimelinessVerdict> fromRegister = HtmlDatasets.fromRegister(report);
        Map<String, List<Finding>> byDataset = HtmlFindings.byDataset(report, groupOf);
        Map<String, Integer> firstRows = HtmlFindings.firstRows(report);
        List<DatasetResult> all = report.datasets();
        List<String[]> rows = new ArrayList<>(HtmlPaging.PAGE);
        List<String> texts = new ArrayList<>(HtmlPaging.INDEX_PART);
        StringBuilder row = new StringBuilder(1024);
        StringBuilder detail = new StringBuilder(4096);
        for (int i = 0; i < all.size(); i++) {
            DatasetResult d = all.get(i);
            row.setLength(0);
            detail.setLength(0);
            datasets.row(new HtmlOut(row), d, groupOf, fromRegister);
            String id = d.identifier();
            if (id != null && firstRows.get(id) == i && byDataset.containsKey(id)) {
                findings.group(new HtmlOut(detail), id, d.title(), byDataset.get(id), groupOf);
            }
            rows.add(new String[] {row.toString(), detail.toString()});
            texts.add(datasets.searchText(d, fromRegister));
            if (rows.size() == HtmlPaging.PAGE || i + 1 == all.size()) {
                paging.page(HtmlPaging.DATASETS, i / HtmlPaging.PAGE, rows);
                rows.clear();
            }
            if (texts.size() == HtmlPaging.INDEX_PART || i + 1 == all.size()) {
                paging.index(i / HtmlPaging.INDEX_PART, texts);
                texts.clear();
            }
        }
    }

    void write(AuditResult audit, HtmlPaging paging) {
        List<AuditDataset> all = audit.datasets();
        List<String[]> rows = new ArrayList<>(HtmlPaging.PAGE);
        StringBuilder row = new StringBuilder(2048);
        for (int i = 0; i < all.size(); i++) {
            row.setLength(0);
            portal.row(audit, all.get(i), i + 1, new HtmlOut(row));
            rows.add(new String[] {row.toString()});
            if (rows.size() == HtmlPaging.PAGE || i + 1 == all.size()) {
                paging.page(HtmlPaging.PORTAL, i / HtmlPaging.PAGE, rows);
                rows.clear();
            }
        }
    }
}
