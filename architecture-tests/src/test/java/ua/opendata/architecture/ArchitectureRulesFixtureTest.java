package ua.opendata.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule over a small seeded violation (it must fail) and over the same code without it (it
 * must pass), in a throw-away repository read exactly as the real one is.
 */
class ArchitectureRulesFixtureTest {

    private static final String F = "ua.opendata.architecture.fixtures.";

    @TempDir
    Path root;

    @Test
    void modulesAreFoundByDirectoryAtAnyDepthButNotInsideTargetOrSources() {
        FixtureRepo repo = new FixtureRepo(root)
                .file("lib", "src/main/java/Ignored.java", "class Ignored {}\n")
                .file("lib", "target/classes/nested/pom.xml", "<project/>\n")
                .file("group/inner", "src/test/java/T.java", "class T {}\n");

        assertThat(FixtureRepo.names(repo.read().modules())).containsExactly("group/inner", "lib");
    }

    @Test
    void aModuleWithSourcesButNoClassesIsAnErrorNotAPass() {
        CodeBase code = new FixtureRepo(root)
                .file("core", "src/main/java/a/A.java", "package a; class A {}\n").read();

        assertThatThrownBy(() -> MethodLengths.find(code))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("module core has src/main/java but no target/classes");
    }

    @Test
    void aPackageCycleIsFoundWithItsPackagesAndAnExampleDependency() {
        CodeBase code = new FixtureRepo(root)
                .classes("lib", Module.Scope.MAIN, "cycle")
                .classes("lib", Module.Scope.MAIN, "layered").read();

        List<PackageCycles.Cycle> cycles = PackageCycles.find(code);

        assertThat(cycles).hasSize(1);
        assertThat(cycles.get(0).packages()).containsExactly(F + "cycle.a", F + "cycle.b");
        assertThat(cycles.get(0).describe())
                .contains(F + "cycle.a -> " + F + "cycle.b")
                .contains(F + "cycle.b -> " + F + "cycle.a")
                .contains("CycleB.back()")
                .contains("fix: make the dependencies go one way");
    }

    @Test
    void aCycleAcrossModulesCountsAsOne() {
        CodeBase code = new FixtureRepo(root)
                .classes("one", Module.Scope.MAIN, "cycle/a")
                .classes("two", Module.Scope.MAIN, "cycle/b").read();

        assertThat(PackageCycles.find(code)).singleElement()
                .satisfies(c -> assertThat(c.packages()).hasSize(2));
    }

    @Test
    void layeredPackagesHaveNoCycle() {
        CodeBase code = new FixtureRepo(root).classes("lib", Module.Scope.MAIN, "layered").read();

        assertThat(PackageCycles.find(code)).isEmpty();
    }

    @Test
    void anotherModulesInternalsAreFoundFromMainAndTestCodeButAModulesOwnAreFine() {
        CodeBase code = new FixtureRepo(root)
                .classes("lib", Module.Scope.MAIN, "layered")
                .classes("app", Module.Scope.MAIN, "app")
                .classes("app", Module.Scope.TEST, "apptest").read();

        List<InternalUses.Use> uses = InternalUses.find(code);

        assertThat(uses).extracting(u -> u.user().name() + " " + u.scope() + " " + u.userClass() + " -> "
                        + u.internalClass() + " of " + u.owner().name())
                .containsExactlyInAnyOrder(
                        "app MAIN " + F + "app.App -> " + F + "layered.internal.Engine of lib",
                        "app TEST " + F + "apptest.AppCheck -> " + F + "layered.internal.Engine of lib");
        assertThat(uses.get(0).describe()).contains("(2 dependencies)", "fix: use (or add) a deliberate public API of lib");
    }

    @Test
    void aModuleUsingOnlyPublicApiOfAnotherIsFine() {
        CodeBase code = new FixtureRepo(root)
                .classes("lib", Module.Scope.MAIN, "layered")
                .classes("lib", Module.Scope.TEST, "apptest").read();

        assertThat(InternalUses.find(code)).isEmpty();
    }

    @Test
    void aClassOver600LinesIsFoundExceptTheTestKitsRecordedData() {
        CodeBase code = new FixtureRepo(root)
                .file("core", "src/main/java/a/Big.java", FixtureRepo.sourceOfLines("a", "Big", 601))
                .file("core", "src/main/java/a/Fits.java", FixtureRepo.sourceOfLines("a", "Fits", 600))
                .file("core", "src/test/java/a/BigTest.java", FixtureRepo.sourceOfLines("a", "BigTest", 900))
                .file("ckan-testkit", "src/main/java/t/RecordedCatalogue.java",
                        FixtureRepo.sourceOfLines("t", "RecordedCatalogue", 1500))
                .file("ckan-testkit", "src/main/java/t/FakeEngine.java", FixtureRepo.sourceOfLines("t", "FakeEngine", 700))
                .file("core", "src/main/java/t/RecordedCatalogue.java",
                        FixtureRepo.sourceOfLines("t", "RecordedCatalogue", 650))
                .read();

        assertThat(ClassSizes.find(code)).extracting(ClassSizes.LongClass::describe)
                .containsExactly(
                        "ckan-testkit/src/main/java/t/FakeEngine.java: 700 lines (limit 600)\n    fix: split it by"
                                + " responsibility (a collaborator per concern: parsing, I/O, rendering, policy), not by"
                                + " cutting the file in half.",
                        "core/src/main/java/t/RecordedCatalogue.java: 650 lines (limit 600)\n    fix: split it by"
                                + " responsibility (a collaborator per concern: parsing, I/O, rendering, policy), not by"
                                + " cutting the file in half.",
                        "core/src/main/java/a/Big.java: 601 lines (limit 600)\n    fix: split it by"
                                + " responsibility (a collaborator per concern: parsing, I/O, rendering, policy), not by"
                                + " cutting the file in half.");
    }

    @Test
    void aMethodOver80LinesIsFoundWithItsLengthAndLambdasCountTowardTheirMethod() {
        CodeBase code = new FixtureRepo(root).classes("core", Module.Scope.MAIN, "methods").read();

        assertThat(MethodLengths.find(code))
                .extracting(m -> m.method() + " " + m.lines() + " " + m.source() + ":" + m.firstLine())
                .containsExactly(
                        "longLambda() 87 core/src/main/java/ua/opendata/architecture/fixtures/methods/Methods.java:295",
                        "<clinit>() 82 core/src/main/java/ua/opendata/architecture/fixtures/methods/EnumWithLongStatic.java:11",
                        "eightyOneLines() 81 core/src/main/java/ua/opendata/architecture/fixtures/methods/Methods.java:126");
    }

    @Test
    void theTestKitsRecordedDataIsExemptFromTheMethodRuleToo() {
        CodeBase code = new FixtureRepo(root)
                .classes("ckan-testkit", Module.Scope.MAIN, "methods")
                .read();
        // The same classes, compiled from a file matching the exemption, would be skipped; these are not.
        assertThat(MethodLengths.find(code)).hasSize(3);
        assertThat(RecordedData.isRecordedData("ckan-testkit/src/main/java/ua/opendata/ckan/testkit/RecordedLicenses.java"))
                .isTrue();
        assertThat(RecordedData.isRecordedData("ckan-testkit/src/main/java/ua/opendata/ckan/testkit/FakeCkanEngine.java"))
                .isFalse();
        assertThat(RecordedData.isRecordedData("ckan-client/src/main/java/ua/opendata/ckan/RecordedLicenses.java"))
                .isFalse();
        assertThat(RecordedData.isRecordedData("ckan-testkit/src/test/java/ua/opendata/ckan/testkit/RecordedX.java"))
                .isFalse();
    }

    @Test
    void aLibraryThatOptsOutOfTheBindingBanOrShipsABindingIsFound() {
        String optOut = "<project><properties><opendata.allowLoggingBinding>true</opendata.allowLoggingBinding>"
                + "</properties></project>\n";
        CodeBase code = new FixtureRepo(root)
                .file("core", "pom.xml", optOut)
                .file("examples", "pom.xml", optOut)
                .file("cli", "pom.xml", optOut)
                .file("ckan-testkit", "target/classes/META-INF/services/org.slf4j.spi.SLF4JServiceProvider", "x.Provider\n")
                .file("passport-model", "target/classes/org/slf4j/impl/StaticLoggerBinder.class", "")
                .file("ckan-client", "pom.xml", "<project><properties><opendata.allowLoggingBinding>false"
                        + "</opendata.allowLoggingBinding></properties></project>\n")
                .read();

        assertThat(LoggingBindings.find(code)).hasSize(3)
                .anySatisfy(v -> assertThat(v).startsWith("core/pom.xml sets opendata.allowLoggingBinding=true"))
                .anySatisfy(v -> assertThat(v).startsWith("ckan-testkit ships a logging binding of its own: "
                        + "ckan-testkit/target/classes/META-INF/services/org.slf4j.spi.SLF4JServiceProvider"))
                .anySatisfy(v -> assertThat(v).startsWith("passport-model ships a logging binding of its own"));
    }

    @Test
    void aModuleWithCodeThatIsNotADependencyOfTheseTestsIsFound() {
        CodeBase code = new FixtureRepo(root)
                .file("core", "pom.xml", "<project><parent><artifactId>ua-opendata-parent</artifactId></parent>"
                        + "<artifactId>ua-opendata-core</artifactId></project>")
                .file("core", "src/main/java/a/A.java", "package a; class A {}\n")
                .file("cli", "pom.xml", "<project><parent><artifactId>ua-opendata-parent</artifactId></parent>"
                        + "<artifactId>ua-opendata-cli</artifactId></project>")
                .file("cli", "src/test/java/a/ATest.java", "package a; class ATest {}\n")
                .file("bom", "pom.xml", "<project><artifactId>ua-opendata-bom</artifactId></project>")
                .file("architecture-tests", "pom.xml", "<project><dependencies><dependency>"
                        + "<artifactId>ua-opendata-core</artifactId></dependency></dependencies></project>")
                .read();

        assertThat(ReactorOrder.missing(code, root.resolve("architecture-tests/pom.xml")))
                .singleElement().asString()
                .startsWith("cli (ua-opendata-cli) is not a dependency of architecture-tests");
    }
}
