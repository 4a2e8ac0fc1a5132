package ua.opendata.core.audit;

import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanResource;

/**
 * The extension point for checking the files behind a dataset's resources (reachability, declared
 * against actual format, encoding, content): {@link PortalAudit} calls it once for every resource of
 * every harvested dataset and records the answer in {@link AuditFile#status()}.
 *
 * <p>Calls come from up to {@link AuditOptions#resourceCheckConcurrency()} threads at the same time, so an
 * implementation must be thread-safe; it applies its own per-host politeness, timeouts and address
 * filtering. It should not throw: a thrown runtime exception is recorded as
 * {@link AuditFileStatus.State#FAILED} with the exception's class name, and the audit goes on.
 */
@FunctionalInterface
public interface AuditResourceCheck {

    /**
     * Checks the file behind one resource.
     *
     * @param dataset  the dataset as harvested
     * @param resource one of its resources
     * @return the verdict
     */
    AuditFileStatus check(CkanDataset dataset, CkanResource resource);
}
