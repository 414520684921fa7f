package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"extract", "eval"})
    void everyCommandHasHelp(String command) {
        CommandRunner.Result r = CommandRunner.run(command, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: dyad " + command).contains("--help");
    }

    @Test
    void topLevelHelpListsCommandsAndExitCodes() {
        CommandRunner.Result r = CommandRunner.run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("extract", "eval", "Exit codes:");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CommandRunner.run("extract").exit()).isEqualTo(2);
        assertThat(CommandRunner.run("extract", "--format", "xml", "x.txt").exit()).isEqualTo(2);
        CommandRunner.Result r = CommandRunner.run("extract", "--lang", "fr", "x.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unsupported language 'fr'");
    }
}
