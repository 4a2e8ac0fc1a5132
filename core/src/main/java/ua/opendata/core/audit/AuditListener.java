package ua.opendata.core.audit;

import java.util.List;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;

/**
 * Receives an audit's results as they come, for callers that write them out (or count them) instead of
 * waiting for the whole {@link AuditResult}: each dataset's summary row as soon as it is harvested and its
 * files are checked, then, after the rulebook has run over the whole register of what the portal shows, each
 * dataset's verdict with its findings. Methods are called from the thread that runs
 * {@link PortalAudit#run}, one at a time; an exception thrown here ends the audit and reaches its caller.
 * Both methods do nothing by default.
 */
public interface AuditListener {

    /**
     * A dataset's summary row is ready: its page link, its files and their status. Called in the order the
     * portal gives the datasets (the harvest's order, {@code metadata_modified} ascending), not the name order of
     * {@link AuditResult#datasets()}.
     *
     * @param dataset the row, as it will appear in the result
     */
    default void dataset(AuditDataset dataset) {
    }

    /**
     * The rulebook's verdict on one dataset, in the order of {@link AuditResult#datasets()}.
     *
     * @param dataset  the row
     * @param verdict  the dataset's entry in {@link AuditResult#report()}
     * @param findings the findings about the dataset, as in the report (register-level findings excluded)
     */
    default void verdict(AuditDataset dataset, DatasetResult verdict, List<Finding> findings) {
    }
}
