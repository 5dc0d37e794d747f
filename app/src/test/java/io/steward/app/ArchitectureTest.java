package io.steward.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The module arrows (docs/ARCHITECTURE.md) and the code rules, checked on the production classes of every
 * module (app's tests see them all).
 */
@AnalyzeClasses(packages = "io.steward",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule dependenciesPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("io.steward.model..")
            .layer("importers").definedBy("io.steward.importers..")
            .layer("exports").definedBy("io.steward.exports..")
            .layer("app").definedBy("io.steward.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("importers").mayOnlyBeAccessedByLayers("app")
            .whereLayer("exports").mayOnlyBeAccessedByLayers("app")
            .whereLayer("model").mayOnlyBeAccessedByLayers("importers", "exports", "app");

    @ArchTest
    static final ArchRule modelKnowsNoJavaFxAndNoPoi = noClasses().that().resideInAPackage("io.steward.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.poi..");

    @ArchTest
    static final ArchRule importersAndExportsNeverUseTheApp = noClasses()
            .that().resideInAnyPackage("io.steward.importers..", "io.steward.exports..")
            .should().dependOnClassesThat().resideInAPackage("io.steward.app..");

    @ArchTest
    static final ArchRule onlyTheAppTouchesTheSceneGraph = noClasses().that().resideOutsideOfPackage("io.steward.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..");

    @ArchTest
    static final ArchRule viewModelsHoldNoControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule onlyTheCliPrintsToTheConsole = noClasses().that().resideOutsideOfPackage("io.steward.app.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the CLI prints through picocli's writers and everything else logs");

    @ArchTest
    static final ArchRule nobodyPrintsStackTraces = noClasses()
            .should().callMethod(Throwable.class, "printStackTrace")
            .because("errors are logged once and shown to users as plain messages");

    @ArchTest
    static final ArchRule onlyTheModelAndTheWorkspaceTouchTheStore = noClasses()
            .that().resideOutsideOfPackage("io.steward.model..").and().doNotHaveFullyQualifiedName(Workspace.class.getName())
            .should().dependOnClassesThat().resideInAPackage("org.jooq..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.steward.model.store.Store")
            .because("the model owns the schema and transactions; the Workspace is the one composition root");

    /** Each module's packages, its root package included, depend on each other without cycles. */
    @ArchTest
    static final ArchRule packagesOfEachModuleAreFreeOfCycles = slices().assignedFrom(new ModulePackages())
            .should().beFreeOfCycles();

    /** Slices by {@code io.steward.<module>.<package>}; classes in a module's root package form the slice "(root)". */
    static final class ModulePackages implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("io.steward.")) {
                return SliceIdentifier.ignore();
            }
            String[] parts = name.split("\\.");
            if (parts.length < 3) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(parts[2] + "." + (parts.length > 3 ? parts[3] : "(root)"));
        }

        @Override
        public String getDescription() {
            return "packages of each module";
        }
    }

    /** In a reactor build after `package`, model's test classes come as a -tests.jar rather than test-classes. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
