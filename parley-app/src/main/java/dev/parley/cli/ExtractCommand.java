package dev.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley extract FILE...}: what Parley reads from a page or text file, storing nothing. */
@Command(
    name = "extract",
    description = {
      "Prints what Parley reads from HTML pages (.html, .htm, gzipped too), WARC files and plain-text files:",
      "title, outlet, byline, published, language, url, dateline, text and the removed blocks. Stores nothing."
    })
final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to read.")
  List<Path> files;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description = "json or jsonl (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    int rc = ExtractReport.run(files, format, System.out, System.err);
    if (rc == 2) {
      throw new Main.UsageException("--format " + format + ": use json or jsonl");
    }
    return rc;
  }
}
