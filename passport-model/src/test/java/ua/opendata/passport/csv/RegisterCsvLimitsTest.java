package ua.opendata.passport.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input is rejected with a problem that names the limit, in bounded memory. */
class RegisterCsvLimitsTest {

    private static final String HEADER = RegisterCsvReaderTest.STANDARD + "\n";

    /** An endless-looking stream: the header, then {@code size} bytes of {@code fill}, produced on the fly. */
    private static InputStream generated(String head, long size, byte fill) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long i;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long total = start.length + size;
                if (i >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - i);
                for (int k = 0; k < n; k++, i++) {
                    b[off + k] = i < start.length ? start[(int) i] : fill;
                }
                return n;
            }
        };
    }

    private static RegisterFormatException failure(RegisterCsvReader reader, InputStream in) {
        return catchThrowableOfType(RegisterFormatException.class, () -> reader.read(in, "big.csv"));
    }

    @Test
    void rejectsAStreamOverTheDefaultFileLimitWithoutHoldingIt() {
        // 200 MB of one endless quoted cell: neither the file nor the cell is kept in memory
        RegisterFormatException e = failure(RegisterCsvReader.defaults(),
                generated(HEADER + "\"", 200L << 20, (byte) 'x'));
        assertThat(e.problems()).extracting(CsvProblem::code)
                .containsExactly("CSV-CELL-TOO-LARGE", "CSV-FILE-TOO-LARGE");
        assertThat(e.problems().get(1).arguments()).containsExactly(Long.toString(64L << 20));
        assertThat(e.problems().get(1).toString()).startsWith("big.csv:2:0: the file is larger than the limit of "
                + (64L << 20) + " bytes;");
    }

    @Test
    void rejectsAFileOverTheLimitBeforeReadingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sparse.csv");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(65L << 20);
        }
        RegisterFormatException e = catchThrowableOfType(RegisterFormatException.class,
                () -> RegisterCsvReader.defaults().read(file));
        assertThat(e.problems()).extracting(CsvProblem::code, CsvProblem::row, CsvProblem::column)
                .containsExactly(tuple("CSV-FILE-TOO-LARGE", 1, 0));
        assertThat(e.getMessage()).contains("sparse.csv:1:0: the file is larger than the limit");
    }

    @Test
    void rejectsAnOversizedCellAndGoesOnReading() {
        RegisterCsvReader reader = RegisterCsvReader.builder().maxCellBytes(1000).build();
        String row = RegisterCsvReaderTest.ROW;
        String text = HEADER + row.replace("Опис", "x".repeat(1001)) + "\n"
                + row.replace("Опис", "\"" + "y".repeat(999) + "\"\"\"") + "\n"       // 1000 bytes: fits
                + row.replace("Опис", "\"" + "z".repeat(500) + "\n" + "z".repeat(600) + "\"") + "\n"
                + row + ",extra\n";
        RegisterFormatException e = failure(reader, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problems()).extracting(CsvProblem::code, CsvProblem::row, CsvProblem::column)
                .containsExactly(tuple("CSV-CELL-TOO-LARGE", 2, 3), tuple("CSV-CELL-TOO-LARGE", 4, 3),
                        tuple("CSV-TOO-MANY-CELLS", 6, 0));
        assertThat(e.problems().get(0).header()).isEqualTo("description");
        assertThat(e.problems().get(0).arguments()).containsExactly("1000");
    }

    @Test
    void rejectsTooManyColumns() {
        RegisterCsvReader reader = RegisterCsvReader.builder().maxColumns(13).build();
        RegisterFormatException header = failure(reader, generated(HEADER.strip() + ",a,b\n", 0, (byte) 0));
        assertThat(header.problems()).extracting(CsvProblem::code, CsvProblem::row)
                .containsExactly(tuple("CSV-TOO-MANY-COLUMNS", 1));
        // a row of ten million empty cells is counted, not kept
        RegisterFormatException row = failure(reader,
                generated(HEADER + RegisterCsvReaderTest.ROW, 10_000_000, (byte) ','));
        assertThat(row.problems()).extracting(CsvProblem::code, CsvProblem::row)
                .containsExactly(tuple("CSV-TOO-MANY-COLUMNS", 2));
    }

    @Test
    void rejectsTooManyRows() {
        RegisterCsvReader reader = RegisterCsvReader.builder().maxRows(3).build();
        String rows = (RegisterCsvReaderTest.ROW + "\n").repeat(3);
        RegisterCsvReader.defaults(); // the same text is fine with the defaults
        assertThat(reader.read(new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)), "ok")
                .register().size()).isEqualTo(3);
        RegisterFormatException e = failure(reader, new ByteArrayInputStream(
                (HEADER + rows + "\n" + RegisterCsvReaderTest.ROW + "\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problems()).extracting(CsvProblem::code, CsvProblem::row)
                .containsExactly(tuple("CSV-TOO-MANY-ROWS", 6));
    }

    @Test
    void builderRefusesLimitsThatAreNotPositive() {
        assertThatThrownBy(() -> RegisterCsvReader.builder().maxFileBytes(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFileBytes");
        assertThatThrownBy(() -> RegisterCsvReader.builder().maxCellBytes(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxCellBytes");
        assertThatThrownBy(() -> RegisterCsvReader.builder().maxColumns(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxColumns");
        assertThatThrownBy(() -> RegisterCsvReader.builder().maxRows(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRows");
    }
}
