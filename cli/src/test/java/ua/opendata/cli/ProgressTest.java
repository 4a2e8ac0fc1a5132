package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Plain progress lines and the bar. */
class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final Texts en = Texts.of(Locale.ENGLISH);

    @Test
    void plainLinesEveryTenthAndAtTheEnd() {
        Progress p = new Progress(err, false, en, "Harvest x", 100);
        for (int i = 1; i <= 100; i++) {
            p.update(i);
        }
        p.finish(100);
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "Harvest x: 1 of 100", "Harvest x: 10 of 100", "Harvest x: 20 of 100", "Harvest x: 30 of 100",
                "Harvest x: 40 of 100", "Harvest x: 50 of 100", "Harvest x: 60 of 100", "Harvest x: 70 of 100",
                "Harvest x: 80 of 100", "Harvest x: 90 of 100", "Harvest x: 100 of 100");
    }

    @Test
    void plainLinesEveryThousandWhenTheTotalIsUnknown() {
        Progress p = new Progress(err, false, en, "H", 0);
        for (int i = 1; i <= 2500; i++) {
            p.update(i);
        }
        p.finish(2500);
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("H: 1", "H: 1000", "H: 2000", "H: 2500");
    }

    @Test
    void nothingDoneStillSaysSo() {
        new Progress(err, false, en, "H", 0).finish(0);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("H: 0" + System.lineSeparator());
    }

    @Test
    void theBarFillsInProportion() {
        Progress p = new Progress(err, true, en, "H", 200);
        assertThat(p.barLine(50)).isEqualTo("H [#######                       ]  25 % 50/200");
        assertThat(p.barLine(200)).isEqualTo("H [##############################] 100 % 200/200");
        p.finish(200);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("\rH [").endsWith(System.lineSeparator());
    }
}
