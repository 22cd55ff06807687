package dev.parley.cli;

import dev.parley.actors.Mention;
import dev.parley.clean.Article;
import dev.parley.events.CodedArticle;
import dev.parley.events.Event;
import dev.parley.events.Trace;
import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.nlp.Dependency;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Timex;
import dev.parley.nlp.Token;
import dev.parley.pipeline.Pipeline;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley explain "SENTENCE"}: the parse, the actors, every pattern tried on each verb and
 * event noun, and why each event was or was not coded. Nothing is stored.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Shows how Parley reads a sentence (or a short text): tokens, dependency parse, time expressions,",
      "actor mentions, every lexicon pattern tried on each verb and event noun, and the events coded."
    })
final class ExplainCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "SENTENCE",
      description = "The text to explain (several arguments are joined by spaces).")
  List<String> words;

  @Option(
      names = "--date",
      paramLabel = "DATE",
      description =
          "Publication date to read the text against (YYYY-MM-DD); dates and roles depend on it.")
  String date;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "parley-data",
      description =
          "Data directory whose dictionaries/ and lexicon/ extend the built-in ones (default: ${DEFAULT-VALUE}).")
  Path data;

  @Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

  @Override
  public Integer call() {
    String text = String.join(" ", words);
    Pipeline pipeline = Pipeline.build(knowledge.config(data));
    PrintStream out = System.out;
    Trace.Collected trace = Trace.collect();
    CodedArticle coded =
        pipeline.explain(
            RawDocument.text("explain", text, new Hints(null, date, null, null)), trace);
    if (coded == null) {
      out.println("nothing to explain: the text is empty after cleaning");
      return 0;
    }
    Article article = coded.resolved().annotated().article();
    out.println("published: " + article.publishedDate().map(Object::toString).orElse("unknown"));
    for (Sentence s : coded.resolved().annotated().sentences()) {
      out.println();
      out.println(
          "sentence "
              + s.index()
              + ": "
              + article
                  .text()
                  .substring(
                      article.text().offsetByCodePoints(0, s.begin()),
                      article.text().offsetByCodePoints(0, s.end())));
      out.println("tokens:");
      for (Token t : s.tokens()) {
        out.printf(
            Locale.ROOT,
            "  %3d %-18s %-14s %-5s %s%n",
            t.index(),
            t.word(),
            t.lemma(),
            t.pos(),
            t.ner());
      }
      out.println("parse:");
      for (Dependency d : s.dependencies()) {
        String gov =
            d.governor() < 0 ? "ROOT" : s.tokens().get(d.governor()).word() + "#" + d.governor();
        out.printf(
            Locale.ROOT,
            "  %-14s %s -> %s#%d%n",
            d.relation(),
            gov,
            s.tokens().get(d.dependent()).word(),
            d.dependent());
      }
      for (Timex x : s.timexes()) {
        out.printf(Locale.ROOT, "time: '%s' %s %s%n", x.text(), x.type(), x.value());
      }
    }
    out.println();
    out.println("mentions:");
    for (Mention m : coded.resolved().mentions()) {
      out.printf(
          Locale.ROOT,
          "  s%d '%s' %s -> %s%s%n",
          m.sentence(),
          m.text(),
          m.kind(),
          m.code() == null ? "unresolved" : m.code(),
          m.actorName() == null ? "" : " (" + m.actorName() + ")");
    }
    if (!coded.resolved().references().isEmpty()) {
      out.println();
      out.println("references (phrases that point back):");
      for (dev.parley.actors.Reference r : coded.resolved().references()) {
        out.printf(
            Locale.ROOT,
            "  s%d '%s' %s -> %s: %s%n",
            r.sentence(),
            r.text(),
            r.form().name().toLowerCase(Locale.ROOT),
            r.antecedents().isEmpty()
                ? "unresolved"
                : String.join(
                    " + ",
                    r.antecedents().stream()
                        .map(i -> "'" + coded.resolved().mentions().get(i).text() + "'")
                        .toList()),
            r.why());
      }
    }
    out.println();
    out.println("patterns tried:");
    trace.lines().forEach(l -> out.println("  " + l));
    out.println();
    out.println("events: " + coded.events().size());
    for (Event e : coded.events()) {
      out.printf(
          Locale.ROOT,
          "  %s -> %s  %s %s (%s)  %s%s  date %s  rule %s  confidence %.2f%n",
          e.source().isEmpty() ? "(uncoded) " + e.sourceName() : e.source(),
          e.target() == null
              ? "-"
              : e.target().isEmpty() ? "(uncoded) " + e.targetName() : e.target(),
          e.code(),
          e.plover() == null ? "-" : e.plover(),
          e.root(),
          e.modality().name().toLowerCase(Locale.ROOT),
          e.negated() ? " negated" : "",
          e.date() == null ? "none" : e.date(),
          e.rule(),
          e.confidence());
      if (e.location() != null) {
        out.printf(
            Locale.ROOT,
            "    location: '%s' (%s) at %d-%d%n",
            e.location().place(),
            e.location().country() == null ? "no country known" : e.location().country(),
            e.location().start(),
            e.location().end());
      } else {
        out.println("    location: none (no place after in, at or near on the event's words)");
      }
      if (e.mentions() > 1) {
        out.printf(
            Locale.ROOT,
            "    mentions: %d, in sentences %s%n",
            e.mentions(),
            e.evidence().stream().map(x -> Integer.toString(x.sentenceIndex())).toList());
      }
    }
    return 0;
  }
}
