package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** A user's first reflex works: {@code parley CMD --help} and {@code parley help CMD} exit 0. */
class HelpTest {
  static List<String> commands() {
    return List.copyOf(new CommandLine(new Main()).getSubcommands().keySet());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void dashDashHelpExitsZero(String command) {
    CliRun r = CliRun.of(command, "--help");
    assertEquals(0, r.exit(), command + " --help: " + r.err());
    assertTrue(r.out().contains("Usage: parley " + command), r.out());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpCommandExitsZero(String command) {
    CliRun r = CliRun.of("help", command);
    assertEquals(0, r.exit(), "help " + command + ": " + r.err());
    assertTrue(r.out().contains("Usage: parley " + command), r.out());
  }
}
