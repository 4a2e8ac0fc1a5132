package ua.opendata.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The starter's tests run on the versions this build manages: the parent's, or with
 * {@code -Pspring-boot-bom} Spring Boot's. The pom passes the managed versions
 * ({@code opendata.managed.*}) and, in that profile, the path of Spring Boot's BOM
 * ({@code opendata.bootBom}), whose versions the profile's must then be.
 */
class ManagedVersionsTest {
    /** Artifact (group:name) → its version property in Spring Boot's BOM and in our pom. */
    private static final Map<String, String[]> LIBRARIES = Map.of(
            "com.fasterxml.jackson.core:jackson-databind", new String[] {"jackson-bom.version", "jackson"},
            "org.apache.httpcomponents.client5:httpclient5", new String[] {"httpclient5.version", "httpclient5"},
            "org.hibernate.validator:hibernate-validator",
            new String[] {"hibernate-validator.version", "hibernate-validator"},
            "jakarta.validation:jakarta.validation-api", new String[] {"jakarta-validation.version", "jakarta-validation"},
            "org.slf4j:slf4j-api", new String[] {"slf4j.version", "slf4j"});

    /** The version of an artifact on the class path, from the pom.properties Maven puts in its jar. */
    private static String onClassPath(String artifact) throws IOException {
        String[] ga = artifact.split(":");
        String resource = "META-INF/maven/" + ga[0] + "/" + ga[1] + "/pom.properties";
        try (InputStream in = ManagedVersionsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }

    @Test
    void theClassPathHasTheManagedVersions() throws IOException {
        for (Map.Entry<String, String[]> library : LIBRARIES.entrySet()) {
            String managed = System.getProperty("opendata.managed." + library.getValue()[1]);
            assertThat(managed).as("opendata.managed.%s (set by the pom)", library.getValue()[1]).isNotBlank();
            assertThat(onClassPath(library.getKey())).as(library.getKey()).isEqualTo(managed);
        }
    }

    /** Only with -Pspring-boot-bom: the default build manages the parent's versions, checked above. */
    @Test
    @EnabledIfSystemProperty(named = "opendata.bootBom", matches = ".+")
    void inTheSpringBootProfileTheyAreSpringBootsVersions() throws IOException {
        String bom = System.getProperty("opendata.bootBom");
        String text = Files.readString(Path.of(bom));
        for (Map.Entry<String, String[]> library : LIBRARIES.entrySet()) {
            String property = library.getValue()[0];
            String boot = text.replaceAll("(?s).*<" + property.replace(".", "\\.") + ">([^<]+)</.*", "$1");
            assertThat(boot).as("%s in %s", property, bom).doesNotContain("<");
            assertThat(onClassPath(library.getKey())).as(library.getKey()).isEqualTo(boot);
        }
    }
}
