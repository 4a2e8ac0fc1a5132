package ua.opendata.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void formatsEveryBundledPatternExactlyAsMessageFormatDoes() throws IOException {
        Object[] args = {"значення", "300", "щомісяця", "2026-12-31", "5"};
        int checked = 0;
        for (String name : new String[] {"RuleMessages_en.properties", "RuleMessages.properties"}) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/ua/opendata/core/rules/" + name)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                assertThat(Template.parse(pattern).format(args)).as(key)
                        .isEqualTo(new MessageFormat(pattern, Locale.ROOT).format(args));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void quotingAndMissingArguments() {
        assertThat(Template.parse("it''s {0}, '{1}' literal").format("x", "y")).isEqualTo("it's x, {1} literal");
        assertThat(Template.parse("{0} and {2}").format("a")).isEqualTo("a and {2}");
        assertThatThrownBy(() -> Template.parse("oops {0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Template.parse("it's")).isInstanceOf(IllegalArgumentException.class);
    }
}
