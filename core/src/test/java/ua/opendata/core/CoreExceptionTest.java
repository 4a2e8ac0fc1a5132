package ua.opendata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import ua.opendata.core.audit.AuditOptions;
import ua.opendata.core.mapping.PublishTarget;
import ua.opendata.core.publish.ApplyOptions;
import ua.opendata.core.text.Messages;

/** An exception made from a {@link LocalizedText} reads in any language; the option checks speak both. */
class CoreExceptionTest {

    private final LocalizedText text = LocalizedText.of(Messages.PUBLISH, "planJson.badPath", "a\u0000b", "NUL");

    @Test
    void aLocalizedExceptionIsEnglishByDefaultAndRendersInUkrainian() {
        CoreException e = new CoreException(text);
        assertThat(e.getMessage()).isEqualTo("\"a\u0000b\" is not a file path here (NUL)");
        assertThat(e.getMessage(LocalizedText.UKRAINIAN)).isEqualTo("\"a\u0000b\" не є шляхом до файлу (NUL)");
        assertThat(e.getMessage(Locale.GERMAN)).isEqualTo(e.getMessage());
        assertThat(e.text()).contains(text);
        IllegalStateException cause = new IllegalStateException("x");
        assertThat(new CoreException(text, cause).getCause()).isSameAs(cause);
    }

    @Test
    void aPlainExceptionReadsTheSameInEveryLanguage() {
        CoreException e = new CoreException("plain");
        assertThat(e.text()).isEmpty();
        assertThat(e.getMessage(LocalizedText.UKRAINIAN)).isEqualTo("plain");
    }

    @Test
    void theTextSurvivesSerialization() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new CoreException(LocalizedText.of(Messages.PUBLISH, "planJson.at", "f", "$", text)));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            CoreException back = (CoreException) in.readObject();
            assertThat(back.getMessage(LocalizedText.UKRAINIAN)).isEqualTo("f: $: \"a\u0000b\" не є шляхом до файлу (NUL)");
        }
    }

    @Test
    void optionChecksNameTheValueInEnglishAndUkrainian() {
        assertThatThrownBy(() -> ApplyOptions.dryRun().concurrency(17)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ApplyOptions.concurrency must be 1–16, got 17 / паралельність ApplyOptions.concurrency "
                        + "має бути від 1 до 16, дано 17");
        assertThatThrownBy(() -> ApplyOptions.dryRun().pacing(Duration.ofSeconds(-1)))
                .hasMessageContaining("PT-1S").hasMessageContaining("від'ємним");
        assertThatThrownBy(() -> AuditOptions.builder().organization("Міністерство"))
                .hasMessageContaining("'Міністерство' is not a CKAN organization name")
                .hasMessageContaining("а не заголовок");
        assertThatThrownBy(() -> AuditOptions.builder().pageSize(0)).hasMessageContaining("got 0 / ")
                .hasMessageContaining("дано 0");
        assertThatThrownBy(() -> new PublishTarget("org", "Bad Name", "cc-by"))
                .hasMessageContaining("'Bad Name' is not a valid CKAN name")
                .hasMessageContaining("не є дійсним ім'ям набору");
    }
}
