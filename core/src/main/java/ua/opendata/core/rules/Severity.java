package ua.opendata.core.rules;

/** How much a finding matters. Only {@link #ERROR} findings make a dataset fail the KPI. */
public enum Severity {
    /** Breaks a requirement: the dataset does not meet the recommendations. */
    ERROR,
    /** Likely a problem, or a recommendation not followed; does not fail the dataset. */
    WARNING,
    /** Information for the publisher, e.g. a restriction recorded with its legal basis. */
    INFO
}
