package dev.parley.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command takes. */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "parley-data",
      description = "Data directory holding the store (default: ${DEFAULT-VALUE}).")
  Path data;
}
