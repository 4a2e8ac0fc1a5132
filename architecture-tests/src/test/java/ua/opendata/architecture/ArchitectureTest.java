package ua.opendata.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules over the real code: every module found by directory under the
 * repository root, except this one (its test classes hold the seeded-violation fixtures). Each
 * failure lists every offender with its fix.
 */
class ArchitectureTest {

    private static CodeBase code;

    @BeforeAll
    static void readTheCode() {
        code = CodeBase.discover(CodeBase.rootFromBuild(), Set.of("architecture-tests"));
    }

    @Test
    void findsTheModulesByDirectoryAndTheReactorBuildsThemFirst() {
        // The scan is only as good as its module list: the library modules must be in it.
        List<String> names = code.modules().stream().map(Module::name).toList();
        assertThat(names).as("modules found under %s", code.root())
                .contains("passport-model", "ckan-client", "core")
                .doesNotContain("architecture-tests");
        Report.check(code, "reactor-order", "modules with code not built before architecture-tests",
                ReactorOrder.missing(code, code.root().resolve("architecture-tests/pom.xml")));
    }

    @Test
    void noPackageCycles() {
        Report.check(code, "package-cycles", "package cycles among ua.opendata.. (main code)",
                PackageCycles.find(code).stream().map(PackageCycles.Cycle::describe).toList());
    }

    @Test
    void noModuleUsesAnotherModulesInternals() {
        Report.check(code, "internal-uses", "uses of another module's internal classes (main and test code)",
                InternalUses.find(code).stream().map(InternalUses.Use::describe).toList());
    }

    @Test
    void noLoggingBindingInALibraryModule() {
        Report.check(code, "logging-bindings", "library modules that may or do ship a logging binding",
                LoggingBindings.find(code));
    }

    @Test
    void noMainClassOver600Lines() {
        Report.check(code, "class-sizes", "main classes over " + ClassSizes.LIMIT + " lines (exempt: "
                + RecordedData.PATTERN + ")", ClassSizes.find(code).stream().map(ClassSizes.LongClass::describe).toList());
    }

    @Test
    void noMainMethodOver80Lines() {
        Report.check(code, "method-lengths", "main methods over " + MethodLengths.LIMIT + " lines",
                MethodLengths.find(code).stream().map(MethodLengths.LongMethod::describe).toList());
    }
}
