package ua.opendata.passport.internal.csv;

import java.io.IOException;
import ua.opendata.passport.io.CsvTokenizer;

/** The records of a CSV file as {@link Rows}. */
final class CsvRows implements Rows {
    private final CsvTokenizer csv;

    CsvRows(CsvTokenizer csv) {
        this.csv = csv;
    }

    @Override
    public boolean open() throws IOException {
        return csv.open();
    }

    @Override
    public boolean next() throws IOException {
        return csv.next();
    }

    @Override
    public boolean blank() {
        return csv.blank();
    }

    @Override
    public int width() {
        return csv.width();
    }

    @Override
    public String cell(int index) {
        return csv.cell(index);
    }

    @Override
    public int recordLine() {
        return csv.recordLine();
    }

    @Override
    public int line() {
        return csv.line();
    }
}
