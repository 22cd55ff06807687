package dev.parley.cli;

import dev.parley.actors.PhraseResolution;
import dev.parley.format.ActorFormats;
import dev.parley.format.Format;
import dev.parley.format.RowWriter;
import dev.parley.pipeline.PhraseResolver;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley resolve PHRASE...}: what each phrase resolves to (actor id, name, CAMEO code,
 * country, sector) and why. Nothing is stored.
 */
@Command(
    name = "resolve",
    description = {
      "Prints the actor each phrase resolves to, and why (the alias, rule or fuzzy match that decided).",
      "With --context, the phrase (its last occurrence) is read inside that text: earlier sentences count for",
      "surnames, pronouns and titles. Without it, the phrase is read alone. With no PHRASE, phrases are read",
      "from standard input, one a line. An unresolved phrase prints code null and why not."
    })
final class ResolveCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..*",
      paramLabel = "PHRASE",
      description = "Phrases to resolve (default: standard input, one a line).")
  List<String> phrases = new ArrayList<>();

  @Option(
      names = "--date",
      paramLabel = "DATE",
      description =
          "The date to read roles on (YYYY-MM-DD); default: each person's best-known office.")
  String date;

  @Option(
      names = "--context",
      paramLabel = "TEXT",
      description = "The sentence or short text the phrase occurs in.")
  String context;

  @Mixin FormatOption.TableJsonl format;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "parley-data",
      description =
          "Data directory whose dictionaries/ extend the built-in ones (default: ${DEFAULT-VALUE}).")
  Path data;

  @Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

  @Override
  public Integer call() throws IOException {
    Format f = format.get();
    if (date != null) {
      try {
        LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new Main.UsageException("--date " + date + ": expected a date as YYYY-MM-DD");
      }
    }
    List<String> todo = phrases.isEmpty() ? stdin() : phrases;
    PhraseResolver resolver = PhraseResolver.build(knowledge.config(data));
    Writer out = EventsCommand.stdout();
    RowWriter<PhraseResolution> w = ActorFormats.resolutions(f, out);
    for (String phrase : todo) {
      if (phrase.isBlank()) {
        continue;
      }
      w.write(resolver.resolve(phrase.strip(), context, date));
      out.flush();
    }
    w.finish();
    out.flush();
    return 0;
  }

  private static List<String> stdin() throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    return r.lines().filter(l -> !l.isBlank()).toList();
  }
}
