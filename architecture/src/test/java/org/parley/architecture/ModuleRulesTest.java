package org.parley.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the design, checked on the compiled main classes of every module: a rule that only lives in a
 * document is broken by the first hurried change. Each module is one package, {@code org.parley.<module>}.
 */
class ModuleRulesTest {

    static JavaClasses parley;

    @BeforeAll
    static void importClasses() {
        parley = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parley");
    }

    @Test
    void everyModuleIsThere() {
        for (String module : new String[] {"model", "json", "pipeline", "ingest", "nlp", "time", "statements",
            "events", "narratives", "analysis", "eval", "store", "link", "export", "server", "cli", "bench", "spark"}) {
            if (parley.stream().noneMatch(c -> c.getPackageName().equals("org.parley." + module))) {
                throw new AssertionError("no classes of module " + module + ": the rules below would pass vacuously");
            }
        }
    }

    @Test
    void modelImportsNothingOfParley() {
        noClasses().that().resideInAPackage("org.parley.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parley..")
                .andShould().dependOnClassesThat().resideOutsideOfPackages("org.parley.model..", "java..")
                .because("model is the JDK-only vocabulary everything else shares")
                .check(parley);
    }

    @Test
    void onlyNlpImportsCoreNlp() {
        noClasses().that().resideOutsideOfPackage("org.parley.nlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
                .because("CoreNLP's annotation maps stay inside the adapter")
                .check(parley);
    }

    @Test
    void onlyTheSparkJobImportsSpark() {
        noClasses().that().resideOutsideOfPackage("org.parley.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
                .because("the pipeline runs the same with or without Spark; only the job knows it")
                .check(parley);
        noClasses().that().resideOutsideOfPackage("org.parley.spark..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.spark..")
                .because("the Spark job is an entry point")
                .check(parley);
    }

    @Test
    void nothingImportsTheEntryPoints() {
        noClasses().that().resideOutsideOfPackage("org.parley.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.cli..")
                .because("a server or a Spark job must not need picocli")
                .check(parley);
        noClasses().that().resideOutsideOfPackage("org.parley.bench..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.bench..")
                .check(parley);
        noClasses().that().resideOutsideOfPackages("org.parley.server..", "org.parley.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.server..")
                .because("the server is an entry point: only the command that starts it knows it")
                .check(parley);
    }

    @Test
    void exportReadsOnlyTheStore() {
        noClasses().that().resideInAPackage("org.parley.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parley.pipeline..", "org.parley.ingest..",
                        "org.parley.nlp..", "org.parley.analysis..", "org.parley.time..", "org.parley.statements..",
                        "org.parley.events..", "org.parley.narratives..", "org.parley.link..", "org.parley.json..")
                .because("an export writes what the store holds; it never analyses anything again")
                .check(parley);
    }

    @Test
    void storeImportsNeitherIngestNorNlpNorAnalysis() {
        noClasses().that().resideInAPackage("org.parley.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parley.ingest..", "org.parley.nlp..",
                        "org.parley.analysis..", "org.parley.pipeline..")
                .because("the store keeps documents, whatever made them")
                .check(parley);
    }

    @Test
    void componentsAndTheirPipelineDoNotImportTheStore() {
        noClasses().that().resideInAnyPackage("org.parley.pipeline..", "org.parley.nlp..", "org.parley.time..",
                        "org.parley.statements..", "org.parley.events..", "org.parley.narratives..", "org.parley.analysis..",
                        "org.parley.ingest..",
                        "org.parley.json..", "org.parley.eval..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.store..")
                .because("a component is a pure function of the document's layers")
                .check(parley);
    }

    @Test
    void theCrossArticleStageReadsTheStoreAndAnalysesNothing() {
        noClasses().that().resideInAPackage("org.parley.link..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parley.pipeline..", "org.parley.ingest..",
                        "org.parley.nlp..", "org.parley.analysis..", "org.parley.time..", "org.parley.statements..",
                        "org.parley.events..", "org.parley.narratives..", "org.parley.eval..")
                .because("link works over what the store holds, after the per-article pipeline, never inside it")
                .check(parley);
    }

    @Test
    void aComponentModuleKnowsOnlyTheModelAndThePipeline() {
        noClasses().that().resideInAnyPackage("org.parley.time..", "org.parley.statements..", "org.parley.events..",
                        "org.parley.narratives..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parley.nlp..", "org.parley.ingest..",
                        "org.parley.analysis..", "org.parley.json..", "edu.stanford..")
                .because("components work on Parley's own layers, never on CoreNLP's types")
                .check(parley);
    }

    @Test
    void onlyTheServerImportsJavalin() {
        noClasses().that().resideOutsideOfPackage("org.parley.server..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .because("the web framework is an adapter at the edge, like picocli in cli")
                .check(parley);
    }

    @Test
    void jsonKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("org.parley.json..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parley.pipeline..", "org.parley.ingest..",
                        "org.parley.nlp..", "org.parley.analysis..", "org.parley.store..")
                .check(parley);
    }
}
