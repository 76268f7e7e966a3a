package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void theListMatchesTheResourceFolder() throws Exception {
        Path folder = Path.of(Migrations.class.getClassLoader().getResource(Migrations.FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(Migrations.FILES.stream().sorted().toList());
        }
        assertThat(Migrations.ALL).extracting(Migrations.Migration::version).startsWith(1);
        assertThat(Migrations.ALL.get(0).description()).isEqualTo("articles");
    }

    @Test
    void versionsMustBeConsecutiveAndNamesWellFormed() {
        assertThat(Migrations.parse(List.of("V1__a.sql", "V2__add_things.sql")))
                .extracting(Migrations.Migration::description).containsExactly("a", "add things");
        assertThatThrownBy(() -> Migrations.parse(List.of("V1__a.sql", "V3__c.sql")))
                .hasMessageContaining("should have version 2");
        assertThatThrownBy(() -> Migrations.parse(List.of("v1-a.sql"))).hasMessageContaining("V<n>__");
    }

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        String script = "-- a comment; with a semicolon\nCREATE TABLE t (\n  a INTEGER, -- trailing note\n  b VARCHAR\n);\n"
                + "INSERT INTO t VALUES (1, 'x -- not a comment');\n\nINSERT INTO t VALUES (2, 'y')";
        assertThat(Migrations.statements(script)).containsExactly(
                "CREATE TABLE t (\n  a INTEGER, \n  b VARCHAR\n)",
                "INSERT INTO t VALUES (1, 'x -- not a comment')",
                "INSERT INTO t VALUES (2, 'y')");
    }

    @Test
    void theSchemaUsesOnlyPortableTypes() {
        // Every migration runs on DuckDB and PostgreSQL; the store tests run them on both.
        String sql = String.join("\n", Migrations.FILES.stream()
                        .flatMap(f -> Migrations.statements(Migrations.read(f)).stream()).toList())
                .toUpperCase(java.util.Locale.ROOT);
        for (String duckOnly : List.of("STRUCT", "LIST", "MAP(", "UNION", "HUGEINT", "UBIGINT", "JSON", "BLOB",
                "SEQUENCE", "ENUM", "TIMESTAMPTZ", "TEXT[", "[]")) {
            assertThat(sql).as("schema mentions " + duckOnly).doesNotContain(duckOnly);
        }
    }
}
