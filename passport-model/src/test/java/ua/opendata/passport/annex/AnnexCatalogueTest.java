package ua.opendata.passport.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnnexCatalogueTest {

    private static final AnnexCatalogue C = AnnexCatalogue.bundled();
    private static final AnnexVersion TEST_VERSION =
            new AnnexVersion("test", LocalDate.of(2025, 1, 1), null, "a test transcription");

    @Test
    void bundledIsCachedAndDescribesItsVersion() {
        assertThat(AnnexCatalogue.bundled()).isSameAs(C);
        assertThat(C.version()).isEqualTo(new AnnexVersion("2025-07", LocalDate.of(2025, 6, 18), null,
                C.version().source()));
        assertThat(C.version().source()).contains("835").contains("714").contains("July 2025");
        assertThat(C.notes()).hasSize(5);
        assertThat(String.join("\n", C.notes())).contains("1041", "668", "727", "578", "714");
        AnnexCatalogue old = AnnexCatalogue.bundled("2024-10");
        assertThat(old.version().effectiveTo()).isEqualTo(LocalDate.of(2025, 6, 17));
        assertThat(AnnexCatalogue.bundledVersions()).containsExactly(old, C);
        assertThat(AnnexCatalogue.bundledOn(LocalDate.of(2025, 1, 1))).contains(old);
        assertThat(AnnexCatalogue.bundledOn(LocalDate.of(2026, 1, 1))).contains(C);
    }

    @Test
    void sectionsInFileOrderWithTheirCounts() {
        assertThat(C.sections()).extracting(AnnexSection::code).startsWith(AnnexCatalogue.ALL_HOLDERS)
                .contains(AnnexCatalogue.LOCAL_STATE_ADMINISTRATIONS, AnnexCatalogue.LOCAL_SELF_GOVERNMENT);
        assertThat(C.section("all-holders").orElseThrow().datasets()).hasSize(16);
        assertThat(C.section("local-self-government").orElseThrow().datasets()).hasSize(57);
        assertThat(C.section("local-state-administrations").orElseThrow().datasets()).hasSize(6);
        assertThat(C.sections()).hasSize(3 + 83);
        assertThat(C.datasets()).hasSize(16 + 57 + 6 + 902);
        AnnexCatalogue old = AnnexCatalogue.bundled("2024-10");
        assertThat(old.sections()).hasSize(85);
        assertThat(old.datasets()).hasSize(985 - 1); // one position split over three rows, merged into two
        assertThat(C.section("all-holders").orElseThrow().nameUk())
                .isEqualTo("Усі розпорядники інформації (відповідно до компетенції)");
        assertThat(C.section("nope")).isEmpty();
    }

    @Test
    void positionsRunFromOneInEachSection() {
        for (AnnexSection s : C.sections()) {
            assertThat(s.datasets()).extracting(AnnexDataset::position)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, s.datasets().size()).boxed().toList());
            assertThat(s.datasets()).allSatisfy(d -> {
                assertThat(d.sectionCode()).isEqualTo(s.code());
                assertThat(d.sectionNameUk()).isEqualTo(s.nameUk());
            });
        }
    }

    @Test
    void quotedCellsWithCommasAndTypographicQuotesAreWhole() {
        AnnexDataset first = C.resolve("all-holders:1").orElseThrow();
        assertThat(first.nameUk()).startsWith("Довідник підприємств, установ, організацій")
                .endsWith("номерів телефонів, місцезнаходження");
        assertThat(C.resolve("all-holders:7").orElseThrow().nameUk())
                .contains("Закону України “Про офіційну статистику”, що збираються");
    }

    @Test
    void theTwoDatasetsTheWorkflowNeeds() {
        assertThat(C.resolve(AnnexCatalogue.REGISTER_OF_DATASETS_REF).orElseThrow().nameUk())
                .isEqualTo("Реєстр наборів даних, що перебувають у володінні розпорядника інформації");
        assertThat(C.resolve(AnnexCatalogue.AUDIT_RESULTS_REF).orElseThrow().nameUk())
                .isEqualTo("Результати інформаційного аудиту");
        assertThat(C.resolve(AnnexCatalogue.AUDIT_RESULTS_REF).orElseThrow().ref()).isEqualTo("all-holders:16");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all-holders:6", "all-holders/6", "all-holders#6", " all-holders : 6 ", "ALL-HOLDERS:6",
        "all-holders:06", "Реєстр наборів даних, що перебувають у володінні розпорядника інформації",
        "  РЕЄСТР  наборів даних, що перебувають у\u00a0володінні розпорядника інформації "})
    void resolvesRefsAndNames(String ref) {
        assertThat(C.resolve(ref)).map(AnnexDataset::ref).contains("all-holders:6");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all-holders:17", "all-holders:0", "nowhere:1", "all-holders", "", "Реєстр наборів"})
    void unknownRefsResolveToNothing(String ref) {
        assertThat(C.resolve(ref)).isEmpty();
    }

    @ParameterizedTest(name = "apostrophe {0}")
    @ValueSource(strings = {"’", "'", "ʼ", "`", "‘"})
    void apostropheVariantsFindTheSameDataset(String apostrophe) {
        String name = "Фінансова звітність суб" + apostrophe + "єктів господарювання державного та комунального"
                + " сектору економіки";
        assertThat(C.findByName(name)).map(AnnexDataset::ref).contains("all-holders:12");
    }

    @ParameterizedTest(name = "quotes {0}…{1}")
    @CsvSource(delimiter = '|', value = {"“|”", "«|»", "\"|\"", "„|“"})
    void quoteVariantsFindTheSameDataset(String open, String close) {
        String name = "Адміністративні дані в значенні Закону України " + open + "Про офіційну статистику" + close
                + ", що збираються (обробляються) та підлягають оприлюдненню відповідно до вимог закону"
                + " розпорядником інформації";
        assertThat(C.findByName(name)).map(AnnexDataset::ref).contains("all-holders:7");
    }

    @Test
    void everyBundledNameIsFoundByItself() {
        for (AnnexDataset d : C.datasets()) {
            assertThat(C.findByName(d.nameUk())).as(d.ref()).isPresent();
            assertThat(C.findByName(d.nameUk().toUpperCase(Locale.ROOT)).orElseThrow().nameUk())
                    .isEqualTo(C.findByName(d.nameUk()).orElseThrow().nameUk());
        }
    }

    @Test
    void unknownNameIsEmpty() {
        assertThat(C.findByName("Перелік котів міської ради")).isEmpty();
    }

    @Test
    void listsAreImmutable() {
        assertThatThrownBy(() -> C.datasets().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> C.sections().get(0).datasets().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void readsAUserTranscription() {
        String csv = "section_code,section_uk,position,dataset_name_uk\n"
                + "all-holders,Усі,1,\"Перший, з комою\"\n"
                + "all-holders,Усі,2,\"Другий з \"\"лапками\"\"\"\r\n"
                + "new,Новий розділ,1,\"Багато\nрядків\"\n";
        AnnexCatalogue c = AnnexCatalogue.read(utf8(csv), TEST_VERSION);
        assertThat(c.version()).isEqualTo(TEST_VERSION);
        assertThat(c.notes()).isEmpty();
        assertThat(c.datasets()).extracting(AnnexDataset::nameUk)
                .containsExactly("Перший, з комою", "Другий з \"лапками\"", "Багато\nрядків");
        assertThat(c.resolve("new#1")).isPresent();
        assertThat(c.findByName("другий з «лапками»")).map(AnnexDataset::ref).contains("all-holders:2");
    }

    @Test
    void bundledCsvHasByteOrderMarkTolerance() {
        String csv = "\uFEFFsection_code,section_uk,position,dataset_name_uk\nx,X,1,Один\n";
        assertThat(AnnexCatalogue.read(utf8(csv), TEST_VERSION).datasets()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wrong header|a,b,c,d\\nx,X,1,Y|:1:1: the first line must be the header",
        "three cells|HEADER\\nx,X,1|:2:1: expected 4 cells, found 3",
        "position not a number|HEADER\\nx,X,one,Y|:2:3: position 'one' is not a whole number",
        "position zero|HEADER\\nx,X,0,Y|:2:3: position '0'",
        "repeated position|HEADER\\nx,X,1,Y\\nx,X,1,Z|:3:3: x:1 is already on line 2",
        "section renamed|HEADER\\nx,X,1,Y\\nx,Z,2,Z|:3:2: section x is named 'Z' here but 'X' before",
        "unclosed quote|HEADER\\nx,X,1,\"Y|:2:7: the quoted cell opened here is not closed",
        "text after quote|HEADER\\nx,X,1,\"Y\"z|:2:10: text after the closing quote",
        "empty name|HEADER\\nx,X,1,  |:2:1: the section code, section name and dataset name must not be empty"})
    void malformedInputIsReportedWithItsPlace(String name, String csv, String expected) {
        String text = csv.replace("HEADER", "section_code,section_uk,position,dataset_name_uk").replace("\\n", "\n");
        assertThatThrownBy(() -> AnnexCatalogue.read(utf8(text), TEST_VERSION))
                .isInstanceOf(AnnexFormatException.class)
                .hasMessageStartingWith("annex test CSV" + expected);
    }

    @Test
    void errorsAreInUkrainianToo() {
        String text = "section_code,section_uk,position,dataset_name_uk\nx,X,один,Y\n";
        AnnexFormatException e = org.junit.jupiter.api.Assertions.assertThrows(AnnexFormatException.class,
                () -> AnnexCatalogue.read(utf8(text), TEST_VERSION));
        assertThat(e.getMessage(Locale.forLanguageTag("uk"))).isEqualTo(
                "annex test CSV:2:3: позиція 'один' не є цілим числом від 1; вкажіть номер набору в розділі");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(e.getMessage());
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void invalidUtf8IsReported() {
        byte[] cp1251 = "section_code,section_uk,position,dataset_name_uk\nx,X,1,".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(cp1251, cp1251.length + 2);
        bytes[bytes.length - 2] = (byte) 0xD0; // lone lead byte, then a newline
        bytes[bytes.length - 1] = '\n';
        assertThatThrownBy(() -> AnnexCatalogue.read(new ByteArrayInputStream(bytes), TEST_VERSION))
                .isInstanceOf(AnnexFormatException.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void oversizedInputIsRefused() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        assertThatThrownBy(() -> AnnexCatalogue.read(endless, TEST_VERSION))
                .isInstanceOf(AnnexFormatException.class).hasMessageContaining("larger than");
    }

    @Test
    void versionRejectsAReversedPeriod() {
        assertThatThrownBy(() -> new AnnexVersion("x", LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1), "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before effectiveFrom");
        AnnexVersion v = new AnnexVersion("x", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "s");
        assertThat(v.appliesOn(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(v.appliesOn(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(v.appliesOn(LocalDate.of(2024, 12, 31))).isFalse();
    }

    @Test
    void bundledCsvIsTheReferenceTranscriptionUnchanged() throws IOException {
        try (InputStream in = AnnexCatalogue.class.getResourceAsStream("annex-835-generic-2024-10.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).hasSize(1 + 79);
        }
    }

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loaderArtefactsAreRepairedAndReported() {
        AnnexCatalogue old = AnnexCatalogue.bundled("2024-10");
        assertThat(old.loadNotes()).filteredOn(n -> n.kind() == AnnexLoadNote.Kind.MERGED_SPLIT_ROWS).hasSize(2)
                .allSatisfy(n -> assertThat(n.sectionCode()).isEqualTo("derzhvodahentstvo"));
        AnnexSection water = old.sectionOfHolder("Держводагентство").orElseThrow();
        assertThat(water.datasets()).extracting(AnnexDataset::nameUk).contains(
                "Державний водний кадастр за розділами: “Водокористування”");
        assertThat(old.loadNotes()).filteredOn(n -> n.kind() == AnnexLoadNote.Kind.TRIMMED_TRAILING_SEMICOLON)
                .hasSize(11);
        assertThat(old.datasets()).noneMatch(d -> d.nameUk().endsWith(";"));
        assertThat(C.editorialNotes()).extracting(AnnexEditorialNote::textUk)
                .anyMatch(t -> t.contains("578 від 17.05.2024"));
    }

    @Test
    void holdersByNameRenamingAndPortalOrganization() {
        assertThat(C.sectionOfHolder("Мінінфраструктури").orElseThrow().nameUk()).isEqualTo("Мінрозвитку");
        assertThat(AnnexCatalogue.bundled("2024-10").sectionOfHolder("МКСК").orElseThrow().nameUk()).isEqualTo("МКІП");
        assertThat(C.sectionOfHolder("Державна податкова служба України").orElseThrow().code()).isEqualTo("dps");
        assertThat(C.sectionOfHolder("c860b992-6817-46d5-a16f-5fc4c02dcb73").orElseThrow().code()).isEqualTo("dps");
        assertThat(C.sectionOfHolder("ДСНС")).isPresent();
        assertThat(AnnexCatalogue.bundled("2024-10").sectionOfHolder("ДСНС")).isEmpty();
        assertThat(C.sectionsForPublisher("Щастинська міська військова адміністрація")).contains(
                List.of(AnnexCatalogue.ALL_HOLDERS, AnnexCatalogue.LOCAL_SELF_GOVERNMENT));
        assertThat(C.sectionsForPublisher("Луганська обласна державна адміністрація")).contains(
                List.of(AnnexCatalogue.ALL_HOLDERS, AnnexCatalogue.LOCAL_STATE_ADMINISTRATIONS));
        assertThat(C.sectionsForPublisher("ТОВ «Ромашка»")).isEmpty();
        assertThat(AnnexHolders.bundled().organizations()).hasSize(98);
    }
}
