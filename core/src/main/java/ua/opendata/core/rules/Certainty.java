package ua.opendata.core.rules;

/** How sure the source of a rule is, after the marks in the project's Resolution-835 reference. */
public enum Certainty {
    /** Read in a legal or official text. */
    LAW,
    /** Read in a publisher's or NGO's faithful copy of an official text. */
    COPY,
    /** What the portal or publishers actually do, or what compliance studies measure. */
    PRACTICE,
    /** A modelling decision of this project. */
    OURS
}
