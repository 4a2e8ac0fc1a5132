package ua.opendata.ckan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CkanRawDatasetWriteTest {
    private static final byte[] JSON = "{\"id\":\"a\",\"name\":\"n\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void writesTheBytesAsReceived() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CkanRawDataset("a", "n", null, JSON).writeTo(out);
        assertThat(out.toByteArray()).isEqualTo(JSON);
    }

    @Test
    void aFailingStreamIsAnUncheckedIoExceptionWithItsCause() {
        IOException full = new IOException("No space left on device");
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw full;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw full;
            }
        };
        assertThatThrownBy(() -> new CkanRawDataset("a", "n", null, JSON).writeTo(broken))
                .isInstanceOf(UncheckedIOException.class).hasCause(full)
                .hasMessageContaining("No space left on device");
    }
}
