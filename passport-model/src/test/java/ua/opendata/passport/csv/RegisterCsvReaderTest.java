package ua.opendata.passport.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.KnownFormat;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.Restriction;

class RegisterCsvReaderTest {

    static final String STANDARD = "identifier,title,description,accrualPeriodicity,keyword,purpose,landingPage,"
            + "distributionFormat,publisherName,publisherIdentifier,contactPointFn,contactPointHasEmail";
    static final String ROW = "d-1,Бюджет міста,Опис,once a year,бюджет,Закон,https://data.gov.ua/d-1,CSV,"
            + "Міська рада,04053625,Іван Петренко,ivan@example.gov.ua";

    static RegisterReadResult read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static RegisterReadResult read(byte[] bytes) {
        return RegisterCsvReader.defaults().read(new ByteArrayInputStream(bytes), "test.csv");
    }

    static RegisterFormatException failure(String text) {
        return failure(RegisterCsvReader.defaults(), text.getBytes(StandardCharsets.UTF_8));
    }

    static RegisterFormatException failure(RegisterCsvReader reader, byte[] bytes) {
        return catchThrowableOfType(RegisterFormatException.class,
                () -> reader.read(new ByteArrayInputStream(bytes), "test.csv"));
    }

    @Test
    void readsAPlainUtf8RegisterWithoutBom() {
        RegisterReadResult r = read(STANDARD + "\n" + ROW + "\n");
        assertThat(r.bom()).isFalse();
        assertThat(r.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(r.delimiter()).isEqualTo(',');
        assertThat(r.notices()).isEmpty();
        assertThat(r.register().extraColumns()).isEmpty();
        assertThat(r.register().entries()).containsExactly(RegisterEntry.builder()
                .identifier("d-1").title("Бюджет міста").description("Опис")
                .accrualPeriodicity(Frequency.ONCE_A_YEAR).keywords(List.of("бюджет")).purpose("Закон")
                .landingPage("https://data.gov.ua/d-1").distributionFormats(List.of(DataFormat.of(KnownFormat.CSV)))
                .publisher(new Publisher("Міська рада", "04053625"))
                .contactPoint(ResponsiblePerson.of("Іван Петренко", "ivan@example.gov.ua"))
                .build());
    }

    @Test
    void decodesAWindows1251RegisterAndSaysSo() {
        String text = "Ідентифікатор;Назва;Опис;Періодичність оновлення;Ключові слова;Підстава та призначення;"
                + "Посилання;Формат;Розпорядник інформації;Код ЄДРПОУ;Відповідальна особа;Електронна пошта\r\n"
                + "d-1;Перелік об’єктів комунальної власності;Їжак і ґанок: «Є»;щомісяця;майно, оренда;"
                + "Рішення ради;;XLSX;Житомирська міська рада;04053625;Ґудзь Євгенія;e@example.gov.ua\r\n";
        byte[] bytes = text.replace('’', '\'').getBytes(Charset.forName("windows-1251"));
        RegisterReadResult r = read(bytes);
        assertThat(r.charset()).isEqualTo(Charset.forName("windows-1251"));
        assertThat(r.delimiter()).isEqualTo(';');
        RegisterEntry e = r.register().entries().get(0);
        assertThat(e.title()).isEqualTo("Перелік об'єктів комунальної власності");
        assertThat(e.description()).isEqualTo("Їжак і ґанок: «Є»");
        assertThat(e.keywords()).containsExactly("майно", "оренда");
        assertThat(e.accrualPeriodicity().value()).isEqualTo(Frequency.ONCE_A_MONTH);
        assertThat(e.contactPoint().fullName()).isEqualTo("Ґудзь Євгенія");
        assertThat(r.notices()).first().satisfies(n -> {
            assertThat(n.code()).isEqualTo("CSV-ENCODING-WINDOWS-1251");
            assertThat(n.toString()).isEqualTo("test.csv:1:0: the file is not UTF-8 and was read as Windows-1251;"
                    + " save it as CSV UTF-8 to avoid mistakes");
        });
        assertThat(r.notices()).filteredOn(n -> n.code().equals("CSV-HEADER-ALIAS")).hasSize(12);
    }

    @Test
    void decidesWindows1251EvenWhenTheFirstCyrillicBytesLookLikeUtf8() {
        // "Рі" in Windows-1251 is D0 B3, a valid UTF-8 sequence; the look-ahead sees the rest
        String text = STANDARD + "\r\nd-1;Рівне;Рівненська область;once a year;;;;;;;;\r\n";
        byte[] bytes = text.replace(',', ';').getBytes(Charset.forName("windows-1251"));
        RegisterReadResult r = read(bytes);
        assertThat(r.charset()).isEqualTo(Charset.forName("windows-1251"));
        assertThat(r.register().entries().get(0).title()).isEqualTo("Рівне");
    }

    @Test
    void decidesWindows1251AtTheFirstCyrillicCellEvenFarIntoTheFile() {
        StringBuilder text = new StringBuilder(STANDARD + "\r\n");
        String ascii = "d-1,Budget,Description,once a year,budget,Law,,CSV,City council,04053625,Ivan,i@example.gov.ua\r\n";
        for (int i = 0; i < 1000; i++) { // about 100 KiB of ASCII before the first Cyrillic letter
            text.append(ascii);
        }
        text.append(ascii.replace("Budget", "Бюджет ґанку"));
        RegisterReadResult r = read(text.toString().getBytes(Charset.forName("windows-1251")));
        assertThat(r.charset()).isEqualTo(Charset.forName("windows-1251"));
        assertThat(r.register().entries()).hasSize(1001);
        assertThat(r.register().entries().get(1000).title()).isEqualTo("Бюджет ґанку");
        assertThat(r.notices()).extracting(CsvNotice::code).containsExactly("CSV-ENCODING-WINDOWS-1251");
    }

    @Test
    void skipsEmptyLinesBeforeTheHeaderAndBlankRows() {
        RegisterReadResult r = read("\n\r\n" + STANDARD + "\n" + ROW + "\n ,  ,\t\n\n" + ROW.replace("d-1", "d-2") + "\n\n");
        assertThat(r.register().entries()).extracting(RegisterEntry::identifier).containsExactly("d-1", "d-2");
        assertThat(r.delimiter()).isEqualTo(',');
    }

    @Test
    void readsAnExcelExportWithSemicolonsBomDottedDatesMultiLineCellsAndColumnsInAnotherOrder() {
        String text = "\uFEFF  Title ;IDENTIFIER;nextUpdateDue;description;accrualPeriodicity;keyword;purpose;"
                + "landingPage;distributionFormat;publisherPrefLabel;publisherIdentifier;contactPointFn;"
                + "contactPointHasEmail;Status;restrictedSince;restrictionBasis\r\n"
                + "\"Перелік; рядок 1\r\nрядок 2\";d-1;31.12.2026;\"Опис \"\"в лапках\"\"\r\n\r\nкінець\";"
                + "щомісяця;\"a, b,,c \";x;;\"csv, JSON\";Рада;04053625;Іван;i@example.gov.ua;"
                + "оприлюднено;;\r\n"
                + ";;;;;;;;;;;;;;;\r\n"
                + "\r\n"
                + "Друга;d-2;1.2.2027;;Щокварталу;;;;pdf;;;;;restricted;5.3.2022;Постанова № 263\r\n"
                + "Третя;d-3;2027-01-15;;whenever;;;;;;;;;;;\r\n"
                + "\r\n\r\n";
        RegisterReadResult r = read(("\uFEFF" + text.substring(1)).getBytes(StandardCharsets.UTF_8));
        assertThat(r.bom()).isTrue();
        assertThat(r.delimiter()).isEqualTo(';');
        List<RegisterEntry> entries = r.register().entries();
        assertThat(entries).extracting(RegisterEntry::identifier).containsExactly("d-1", "d-2", "d-3");
        RegisterEntry first = entries.get(0);
        assertThat(first.title()).isEqualTo("Перелік; рядок 1\r\nрядок 2");
        assertThat(first.description()).isEqualTo("Опис \"в лапках\"\r\n\r\nкінець");
        assertThat(first.nextUpdateDue()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(first.keywords()).containsExactly("a", "b", "c");
        assertThat(first.distributionFormats()).extracting(DataFormat::value)
                .containsExactly(KnownFormat.CSV, KnownFormat.JSON);
        assertThat(first.publisher()).isEqualTo(new Publisher("Рада", "04053625"));
        assertThat(first.status()).isEqualTo(EntryStatus.PUBLISHED);
        assertThat(first.restriction()).isNull();
        RegisterEntry second = entries.get(1);
        assertThat(second.nextUpdateDue()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(second.accrualPeriodicity().value()).isEqualTo(Frequency.ONCE_A_QUARTER);
        assertThat(second.restriction()).isEqualTo(new Restriction("Постанова № 263", LocalDate.of(2022, 3, 5)));
        assertThat(entries.get(2).nextUpdateDue()).isEqualTo(LocalDate.of(2027, 1, 15));
        // physical lines: header 1, first record 2-5, empty 6 and 7, d-2 on 8, d-3 on 9
        assertThat(r.notices()).extracting(CsvNotice::code, CsvNotice::row, CsvNotice::column, CsvNotice::header)
                .containsExactly(tuple("CSV-HEADER-ALIAS", 1, 10, "publisherPrefLabel"),
                        tuple("CSV-UNKNOWN-FREQUENCY", 9, 5, "accrualPeriodicity"));
    }

    static Stream<Arguments> ukrainianHeaders() {
        return Stream.of(
                alias("Ідентифікатор", 0), alias("Ідентифікаційний номер набору даних", 0),
                alias("Назва", 1), alias("Найменування набору даних", 1),
                alias("Опис", 2), alias("Стислий опис", 2),
                alias("Періодичність оновлення", 3), alias("Ключові слова", 4),
                alias("Підстава та призначення", 5), alias("Посилання", 6),
                alias("Гіперпосилання на набір даних", 6), alias("Формат", 7),
                alias("Розпорядник інформації", 8), alias("Код ЄДРПОУ", 9), alias("Відповідальна особа", 10),
                alias("Електронна пошта", 11), alias("Адреса електронної пошти", 11),
                alias("  АДРЕСА   електронної\tпошти ", 11), alias("publisherPrefLabel", 8));
    }

    private static Arguments alias(String header, int index) {
        return Arguments.of(Named.of(header.strip(), header), index);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ukrainianHeaders")
    void acceptsHeaderAliases(String header, int index) {
        String[] headers = STANDARD.split(",");
        String canonical = headers[index];
        headers[index] = header.contains(",") ? "\"" + header + "\"" : header;
        RegisterReadResult r = read(String.join(",", headers) + "\n" + ROW + "\n");
        RegisterReadResult plain = read(STANDARD + "\n" + ROW + "\n");
        assertThat(r.register()).isEqualTo(plain.register());
        assertThat(r.notices()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("CSV-HEADER-ALIAS");
            assertThat(n.column()).isEqualTo(index + 1);
            assertThat(n.arguments()).containsExactly(header.strip().replace('\t', ' '), canonical);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ім’я відповідальної особи", "Ім'я відповідальної особи", "Імʼя відповідальної особи",
        "ім`я ВІДПОВІДАЛЬНОЇ особи"})
    void apostropheVariantsInHeadersAreEqual(String header) {
        RegisterReadResult r = read(STANDARD.replace("contactPointFn", header) + "\n" + ROW + "\n");
        assertThat(r.register().entries().get(0).contactPoint().fullName()).isEqualTo("Іван Петренко");
        assertThat(r.notices()).extracting(CsvNotice::code).containsExactly("CSV-HEADER-ALIAS");
    }

    @Test
    void keepsUnknownColumnsInFileOrderAndSaysSo() {
        RegisterReadResult r = read("Примітка," + STANDARD + ",Відділ,status\n"
                + "перша," + ROW + ",,planned\n" + "," + ROW.replace("d-1", "d-2") + ",ЦНАП,\n");
        assertThat(r.register().extraColumns()).containsExactly("Примітка", "Відділ");
        assertThat(r.register().entries().get(0).extraColumns()).containsExactly(java.util.Map.entry("Примітка", "перша"));
        assertThat(r.register().entries().get(1).extraColumns()).containsExactly(java.util.Map.entry("Відділ", "ЦНАП"));
        assertThat(r.notices()).extracting(CsvNotice::code, CsvNotice::column)
                .containsExactly(tuple("CSV-EXTRA-COLUMN", 1), tuple("CSV-EXTRA-COLUMN", 14));
    }

    @Test
    void collectsEveryProblemOfABrokenFileIntoOneException() {
        String text = STANDARD.replace(",contactPointHasEmail", "") + ",title,nextUpdateDue,status\n"   // 1
                + "d-1,a,b,once a year,k,p,,CSV,R,1,F,dup,2026-01-01,planned\n"                       // 2
                + "d-2,a,b,once a year,k,p,,CSV,R,1,F,dup,31.02.2026,planned\n"                       // 3
                + "d-3,a,b,once a year,k,p,,CSV,R,1,F,dup,2026-01-01,planned,surplus\n"               // 4
                + "d-4,a,b,once a year,k,p,,CSV,R,1,F,dup,,відкладено\n"                              // 5
                + "d-5,\"a\"x,b,once a year,k,p,,CSV,R,1,F,dup,,\n"                                   // 6
                + "d-6,\"never closed,b\n";                                                          // 7
        RegisterFormatException e = failure(text);
        assertThat(e.problems()).extracting(CsvProblem::code, CsvProblem::row, CsvProblem::column)
                .containsExactly(
                        tuple("CSV-DUPLICATE-HEADER", 1, 12),
                        tuple("CSV-MISSING-HEADER", 1, 0),
                        tuple("CSV-BAD-DATE", 3, 13),
                        tuple("CSV-TOO-MANY-CELLS", 4, 0),
                        tuple("CSV-UNKNOWN-STATUS", 5, 14),
                        tuple("CSV-TEXT-AFTER-QUOTE", 6, 2),
                        tuple("CSV-UNTERMINATED-QUOTE", 7, 2));
        assertThat(e.problems().get(1).arguments()).containsExactly("contactPointHasEmail");
        assertThat(e.problems().get(2).header()).isEqualTo("nextUpdateDue");
        assertThat(e.source()).isEqualTo("test.csv");
        assertThat(e.getMessage()).startsWith("Cannot read the register test.csv (problems: 7):\n")
                .contains("\ntest.csv:3:13: the date \"31.02.2026\" cannot be read; write it as dd.MM.yyyy")
                .contains("\ntest.csv:5:14: the status \"відкладено\" is not known; use one of: planned,")
                .contains("\ntest.csv:1:0: the required column \"contactPointHasEmail\" is missing;");
        assertThat(e.message(Locale.forLanguageTag("uk")))
                .contains("test.csv:3:13: дату «31.02.2026» неможливо прочитати");
        assertThat(e.getMessage().lines()).hasSize(8);
    }

    @Test
    void capsTheMessageButKeepsEveryProblem() {
        StringBuilder text = new StringBuilder(STANDARD + ",nextUpdateDue\n");
        for (int i = 0; i < 70; i++) {
            text.append(ROW).append(",not a date\n");
        }
        RegisterFormatException e = failure(text.toString());
        assertThat(e.problems()).hasSize(70);
        assertThat(e.problems()).extracting(CsvProblem::row).doesNotHaveDuplicates().startsWith(2, 3, 4);
        List<String> lines = e.getMessage().lines().toList();
        assertThat(lines).hasSize(1 + RegisterFormatException.MESSAGE_LINES + 1);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("… and 20 more");
        assertThat(e.message(Locale.forLanguageTag("uk")).lines().reduce((a, b) -> b)).hasValue("… і ще 20");
    }

    @Test
    void reportsAMissingHeaderRow() {
        assertThat(failure("\r\n\r\n").problems()).extracting(CsvProblem::code).containsExactly("CSV-EMPTY-FILE");
        assertThat(failure("").problems()).extracting(CsvProblem::code).containsExactly("CSV-EMPTY-FILE");
    }

    @Test
    void toleratesFewerCellsAndTrailingEmptyCells() {
        RegisterReadResult r = read(STANDARD + "\nd-1,t\n" + ROW + ",,,\n");
        assertThat(r.register().entries()).hasSize(2);
        assertThat(r.register().entries().get(0).title()).isEqualTo("t");
        assertThat(r.register().entries().get(0).keywords()).isEmpty();
    }

    @Test
    void reportsCellsUnderAnEmptyHeader() {
        RegisterFormatException e = failure(STANDARD + ",,x\n" + ROW + ",,1\n" + ROW + ",oops,2\n");
        assertThat(e.problems()).extracting(CsvProblem::code, CsvProblem::row, CsvProblem::column)
                .containsExactly(tuple("CSV-EMPTY-HEADER", 3, 13));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void countsLinesWithAnyLineEnd(String eol) {
        String text = STANDARD + ",status" + eol + ROW + ",planned" + eol + eol
                + ROW.replace("Опис", "\"два" + eol + "рядки\"") + ",planned" + eol + ROW + ",nonsense" + eol;
        RegisterFormatException e = failure(text);
        assertThat(e.problems()).extracting(CsvProblem::row, CsvProblem::column).containsExactly(tuple(6, 13));
    }

    @Test
    void detectsTheDelimiterOutsideQuotes() {
        String header = "\"a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t\";" + STANDARD.replace(',', ';');
        RegisterReadResult r = read(header + "\nx;" + ROW.replace(',', ';') + "\n");
        assertThat(r.delimiter()).isEqualTo(';');
        assertThat(r.register().extraColumns()).containsExactly("a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t");
        RegisterReadResult tabs = read(STANDARD.replace(',', '\t') + "\n" + ROW.replace(',', '\t') + "\n");
        assertThat(tabs.delimiter()).isEqualTo('\t');
        assertThat(tabs.register()).isEqualTo(read(STANDARD + "\n" + ROW + "\n").register());
    }

    @Test
    void rejectsBytesThatAreNeitherUtf8NorWindows1251() {
        // 0x98 is the one byte Windows-1251 leaves undefined
        byte[] bytes = (STANDARD + "\n" + ROW + "\n" + ROW + "\n").replace("Опис", "Опис\u0001")
                .getBytes(Charset.forName("windows-1251"));
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 1) {
                bytes[i] = (byte) 0x98;
            }
        }
        RegisterFormatException e = failure(RegisterCsvReader.defaults(), bytes);
        assertThat(e.problems()).extracting(CsvProblem::code, CsvProblem::row, CsvProblem::column)
                .containsExactly(tuple("CSV-BAD-ENCODING", 2, 3), tuple("CSV-BAD-ENCODING", 3, 3));
        assertThat(e.problems().get(0).arguments()).containsExactly("Windows-1251");
    }

    @Test
    void rejectsInvalidUtf8AfterTheFileHasShownItselfUtf8() {
        StringBuilder text = new StringBuilder(STANDARD + "\n");
        for (int i = 0; i < 2000; i++) {
            text.append(ROW.replace("d-1", "d-" + i)).append('\n');
        }
        text.append(ROW.replace("Опис", "\u0001")).append('\n');
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - ROW.length() * 2 + 1] = (byte) 0xFF; // within the last row
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 1) {
                bytes[i] = (byte) 0xC3; // a lead byte followed by ',' — invalid UTF-8
            }
        }
        RegisterFormatException e = failure(RegisterCsvReader.defaults(), bytes);
        assertThat(e.problems()).extracting(CsvProblem::code, CsvProblem::row, CsvProblem::column)
                .contains(tuple("CSV-BAD-ENCODING", 2002, 3));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.arguments()).containsExactly("UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"emoji 📊 and 𝄞", "apostrophe ’ and BOM \uFEFF inside", "replacement \uFFFD as text",
        "«лапки» № 5", "ASCII only"})
    void decodesEveryUtf8SequenceLength(String title) {
        RegisterReadResult r = read(STANDARD + "\n" + ROW.replace("Бюджет міста", title) + "\n");
        assertThat(r.register().entries().get(0).title()).isEqualTo(title);
        assertThat(r.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of(Named.of("overlong NUL", new byte[] {(byte) 0xC0, (byte) 0x80})),
                Arguments.of(Named.of("encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})),
                Arguments.of(Named.of("above U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})),
                Arguments.of(Named.of("overlong 3-byte", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF})),
                Arguments.of(Named.of("lone continuation", new byte[] {(byte) 0x80})),
                Arguments.of(Named.of("cut 2-byte", new byte[] {(byte) 0xD0})));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUtf8")
    void reportsInvalidUtf8InAFileThatIsUtf8(byte[] bad) {
        byte[] head = ("\uFEFF" + STANDARD + "\n" + ROW + "\nd-2,").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ",x\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(bad, 0, bytes, head.length, bad.length);
        System.arraycopy(tail, 0, bytes, head.length + bad.length, tail.length);
        RegisterFormatException e = failure(RegisterCsvReader.defaults(), bytes);
        assertThat(e.problems()).extracting(CsvProblem::code, CsvProblem::row, CsvProblem::column, CsvProblem::header)
                .containsExactly(tuple("CSV-BAD-ENCODING", 3, 2, "title"));
    }

    @Test
    void rejectsUtf16() {
        byte[] bytes = ("\uFEFF" + STANDARD + "\n").getBytes(StandardCharsets.UTF_16LE);
        assertThat(failure(RegisterCsvReader.defaults(), bytes).problems()).extracting(CsvProblem::code)
                .containsExactly("CSV-UNSUPPORTED-ENCODING");
    }

    @Test
    void failsWithTheFileNameWhenTheFileIsMissing(@TempDir Path dir) {
        assertThatThrownBy(() -> RegisterCsvReader.defaults().read(dir.resolve("нема.csv")))
                .isInstanceOf(java.io.UncheckedIOException.class).isNotInstanceOf(RegisterFormatException.class)
                .hasMessageContaining("нема.csv").hasMessageContaining("does not exist");
    }

    @Test
    void namesProblemsAfterTheFileName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("реєстр.csv");
        Files.writeString(file, STANDARD + ",status\n" + ROW + ",???\n");
        RegisterFormatException e = catchThrowableOfType(RegisterFormatException.class,
                () -> RegisterCsvReader.defaults().read(file));
        assertThat(e.problems()).singleElement().hasToString("реєстр.csv:2:13: the status \"???\" is not known;"
                + " use one of: planned, published, restricted, withdrawn, заплановано, оприлюднено, обмежено,"
                + " вилучено");
    }

    @Test
    void readsFromAStreamThatDeliversOneByteAtATime() {
        byte[] bytes = ("\uFEFF" + STANDARD + ",status\r\n" + ROW.replace("Опис", "\"a\"\"\r\nb\"")
                + ",published\r\n").getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new InputStream() {
            private int i;

            @Override
            public int read() {
                return i < bytes.length ? bytes[i++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (i >= bytes.length) {
                    return -1;
                }
                b[off] = bytes[i++];
                return 1;
            }
        };
        RegisterReadResult r = RegisterCsvReader.defaults().read(trickle, "trickle");
        assertThat(r.bom()).isTrue();
        assertThat(r.register().entries().get(0).description()).isEqualTo("a\"\r\nb");
        assertThat(r.register().entries().get(0).status()).isEqualTo(EntryStatus.PUBLISHED);
    }
}
