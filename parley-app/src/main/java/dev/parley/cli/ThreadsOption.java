package dev.parley.cli;

import picocli.CommandLine.Option;

/** The {@code --threads N} option of the commands that run the pipeline over many inputs. */
final class ThreadsOption {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** The thread count, or a usage error when it is below 1. */
  int get() {
    if (threads < 1) {
      throw new Main.UsageException("--threads must be at least 1");
    }
    return threads;
  }
}
