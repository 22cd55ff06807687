package dev.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Parley's command line. Records go to standard output in a stable order; progress and errors go to
 * standard error. Exit codes: 0 when the command ran (an ingest with failed inputs still ran), 2
 * for a usage error, 3 when the store cannot be opened or is of another schema version.
 */
@Command(
    name = "parley",
    // inherited by every subcommand: `parley ingest --help` prints its usage and exits 0
    scope = CommandLine.ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Reads news articles and codes who did what to whom, when, as CAMEO events with evidence.",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      WatchCommand.class,
      ExtractCommand.class,
      EventsCommand.class,
      QuotesCommand.class,
      TimesCommand.class,
      ArticlesCommand.class,
      ActorsCommand.class,
      ResolveCommand.class,
      RecodeCommand.class,
      MigrateCommand.class,
      BenchCommand.class,
      ExplainCommand.class,
      TrainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  public static final int USAGE = 2;
  public static final int STORE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // warnings from the library (a skipped line of a PETRARCH dictionary, an article too long to
    // parse) go to standard error as one line each, not java.util.logging's two-line default
    if (System.getProperty(LOG_FORMAT) == null) {
      System.setProperty(LOG_FORMAT, "parley: %5$s%6$s%n");
    }
    System.exit(run(args));
  }

  private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";

  /** Runs a command line and returns its exit code (tests call this). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof dev.parley.store.StoreException) {
            cmd.getErr().println("parley: " + e.getMessage());
            return STORE;
          }
          if (e instanceof UsageException) {
            cmd.getErr().println("parley: " + e.getMessage());
            return USAGE;
          }
          throw e;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** A mistake in how a command was called, found after parsing (a bad date, an unknown format). */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  /** Reports the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"parley " + (v == null ? "(development build)" : v)};
    }
  }
}
