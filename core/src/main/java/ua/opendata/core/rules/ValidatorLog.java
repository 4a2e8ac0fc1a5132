package ua.opendata.core.rules;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate Validator's start-up line ({@code HV000001: Hibernate Validator …}, logged at INFO) off an
 * embedding application's stderr. Hibernate Validator logs through jboss-logging, which falls back to
 * {@code java.util.logging} when the application has no logging backend it knows; JUL's default console
 * handler then prints that line on stderr at the first validation. Only that one JUL logger is touched, and
 * only when the application has not given it a level of its own: nothing else of the application's logging
 * is configured. With another backend (Logback, Log4j 2, JBoss LogManager) the JUL logger is not used and
 * the setting has no effect.
 */
final class ValidatorLog {

    /** The logger of Hibernate Validator's version line. */
    static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

    /** Held strongly: JUL keeps loggers weakly, and a level set on a collected logger would be lost. */
    private static final Logger VERSION = Logger.getLogger(VERSION_LOGGER);

    private ValidatorLog() {
    }

    /** Lowers the version line below the default console level, unless the application set a level. */
    static void quiet() {
        synchronized (VERSION) {
            if (VERSION.getLevel() == null) {
                VERSION.setLevel(Level.WARNING);
            }
        }
    }
}
