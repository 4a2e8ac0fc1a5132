/*
 * Example: the SDK embedded in a Spring Boot application (Spring Boot 3.5, no web server) through
 * ua-opendata-spring-boot-starter.
 *
 * The starter binds opendata.portal.* (application.properties next to it: the portal's URL, the API key
 * from the environment variable OPENDATA_API_KEY, timeouts, the organization), makes a CkanClient bean
 * and a Rulebook bean, and reports the portal through the actuator's health indicator "portal"; this
 * application adds only a register check on startup (opendata.register.file). Then it prints the
 * portal's health and the register's KPI and stops; exit code 0 when the portal is UP, 1 when it is DOWN.
 *
 * Run (the class path comes from Maven):
 *
 *   ./mvnw -B -q -pl examples -am compile dependency:build-classpath -Dmdep.outputFile=target/spring.cp
 *   java -cp "examples/target/classes:$(cat examples/target/spring.cp)" \
 *       ua.opendata.examples.spring.PortalApplication \
 *       --opendata.portal.url=https://data.gov.ua --opendata.register.file=sample
 *
 * In a web application (add spring-boot-starter-web) the same indicator is /actuator/health/portal.
 */
package ua.opendata.examples.spring;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.spring.boot.PortalProperties;

/**
 * The Spring Boot application of the example: the starter's beans ({@link ua.opendata.ckan.CkanClient},
 * {@link Rulebook}, the health indicator {@code portal}), the actuator's health endpoint, and a
 * {@link RegisterStartupCheck} when {@code opendata.register.file} is set.
 */
@SpringBootApplication(proxyBeanMethods = false)
public final class PortalApplication {

    /** Created by Spring. */
    public PortalApplication() {
    }

    /**
     * Starts the application, prints the portal's health (and the register's summary), stops, and exits
     * with 0 when the portal is UP, 1 otherwise.
     *
     * @param args Spring Boot arguments, e.g. {@code --opendata.portal.url=https://data.gov.ua}
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(run(args, Locale.getDefault(), out));
    }

    /**
     * What {@link #main} does, without exiting: starts the application, prints the portal's health and,
     * when a register is checked, its summary, and closes the application.
     *
     * @param args Spring Boot arguments
     * @param locale the language of the output (Ukrainian or English)
     * @param out where the lines go
     * @return 0 when the portal is UP, 1 otherwise
     */
    public static int run(String[] args, Locale locale, PrintStream out) {
        try (ConfigurableApplicationContext context = start(args)) {
            HealthComponent component = context.getBean(HealthEndpoint.class).healthForPath("portal");
            Status status = component == null ? Status.UNKNOWN : component.getStatus();
            Map<String, Object> details = component instanceof Health h ? h.getDetails() : Map.of();
            StringBuilder line = new StringBuilder(Texts.text(locale, "portal.line",
                    context.getBean(PortalProperties.class).url(), status.getCode()));
            if (details.containsKey("ckanVersion")) {
                line.append(Texts.text(locale, "portal.version", details.get("ckanVersion")));
            }
            Object reason = details.get("uk".equals(locale.getLanguage()) ? "reasonUk" : "reason");
            if (reason != null) {
                line.append(Texts.text(locale, "portal.reason", reason));
            }
            out.println(line);
            context.getBeanProvider(RegisterStartupCheck.class).ifAvailable(c -> out.println(c.summary(locale)));
            return Status.UP.equals(status) ? 0 : 1;
        }
    }

    /**
     * Starts the application without a web server; the caller closes it.
     *
     * @param args Spring Boot arguments
     * @return the running application context
     */
    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(PortalApplication.class).web(WebApplicationType.NONE).run(args);
    }

    /**
     * The register check on startup, when {@code opendata.register.file} is set.
     *
     * @param file the register's path, or {@code sample}
     * @param rulebook the starter's rulebook (or the application's own)
     * @return the check
     */
    @Bean
    @ConditionalOnProperty(prefix = "opendata.register", name = "file")
    public RegisterStartupCheck registerStartupCheck(@Value("${opendata.register.file}") String file,
            Rulebook rulebook) {
        return new RegisterStartupCheck(file, rulebook);
    }
}
