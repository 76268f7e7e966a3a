package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley serve}'s checks before it binds a port; the server itself is tested in module server. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void helpNamesTheOptions() {
        Cli.Run r = Cli.run("serve", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--port", "--db", "--token-env", "--host");
    }

    @Test
    void aMissingStoreIsRefusedWithoutCreatingOne() {
        Cli.Run r = Cli.run("serve", "--db", dir.resolve("typo.duckdb").toString(), "--port", "0");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("no store at");
        assertThat(dir.resolve("typo.duckdb")).doesNotExist();
    }

    @Test
    void aTokenVariableThatIsNotSetIsRefused() {
        Cli.Run r = Cli.run("serve", "--db", dir.resolve("x.duckdb").toString(), "--token-env",
                "PARLEY_TEST_SURELY_UNSET_VARIABLE");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("PARLEY_TEST_SURELY_UNSET_VARIABLE", "not set");
    }

    @Test
    void aBadPortIsRefused() {
        Cli.Run r = Cli.run("serve", "--db", dir.resolve("x.duckdb").toString(), "--port", "70000");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("70000");
    }
}
