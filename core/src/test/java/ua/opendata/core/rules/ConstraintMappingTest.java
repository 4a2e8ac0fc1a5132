package ua.opendata.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every constraint message of the passport model maps to a rule, so no violation is left unmapped. */
class ConstraintMappingTest {

    @Test
    void everyModelConstraintMessageHasARule() throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/ContributorValidationMessages.properties")) {
            assertThat(in).as("the passport model's message bundle on the classpath").isNotNull();
            p.load(in);
        }
        assertThat(p.stringPropertyNames()).isNotEmpty().allSatisfy(key ->
                assertThat(ConstraintMapping.rule("{" + key + "}")).as("rule for {%s}", key).isNotNull());
    }
}
