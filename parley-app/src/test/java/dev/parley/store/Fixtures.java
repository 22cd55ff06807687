package dev.parley.store;

import dev.parley.actors.Mention;
import dev.parley.actors.ResolvedArticle;
import dev.parley.clean.Article;
import dev.parley.events.CodedArticle;
import dev.parley.events.Event;
import dev.parley.events.Modality;
import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.time.PartialDate;
import dev.parley.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds store records by hand for tests. */
final class Fixtures {
  private Fixtures() {}

  /** Text with an emoji before the second sentence, so that code points and UTF-16 differ. */
  static final String EMOJI_TEXT =
      "SÉOUL — Kim 😀 met Trump at Panmunjom. Moon said “peace” was near.";

  static Article article(String id, String published, String text) {
    return new Article(
        id,
        "docs/" + id + ".txt",
        "Title " + id,
        "Outlet " + id,
        null,
        PartialDateTime.parse(published).orElse(null),
        null,
        "en",
        null,
        text,
        List.of());
  }

  static Event event(
      String articleId, int index, PartialDate date, String source, String target, String code) {
    return Event.builder()
        .eventId(articleId + ":" + index + ":" + code)
        .articleId(articleId)
        .date(date)
        .source(source)
        .sourceName(source + " name")
        .target(target)
        .targetName(target == null ? null : target + " name")
        .code(code)
        .root(code.substring(0, 2))
        .quadClass(1)
        .goldstein(4.0)
        .plover("CONSULT")
        .modality(Modality.ASSERTED)
        .negated(false)
        .sentenceIndex(index)
        .evidenceStart(0)
        .evidenceEnd(1)
        .sentence("x")
        .rule("test.rule@" + code)
        .confidence(0.5)
        .build();
  }

  /** A country mention of the first token of a sentence. */
  static Mention mention(int sentence, String text, String code) {
    return mention(sentence, text, Mention.Kind.COUNTRY, "LOCATION", "country:" + code, text, code);
  }

  /** A person mention of the first token of a sentence. */
  static Mention person(int sentence, String text, String actorId, String name, String code) {
    return mention(sentence, text, Mention.Kind.PERSON, "PERSON", actorId, name, code);
  }

  /** A mention of the first token of a sentence. */
  static Mention mention(
      int sentence,
      String text,
      Mention.Kind kind,
      String ner,
      String actorId,
      String name,
      String code) {
    return new Mention(sentence, 0, 0, 0, 1, text, kind, ner, actorId, name, code);
  }

  /** An article with these events and no mentions. */
  static StoredArticle stored(Article a, Event... events) {
    return stored(a, List.of(), List.of(events));
  }

  static StoredArticle stored(Article a, List<Mention> mentions, List<Event> events) {
    RawDocument raw =
        RawDocument.text(
            a.doc(), "raw " + a.text(), new Hints(a.title(), a.publishedText(), null, null));
    CodedArticle coded =
        new CodedArticle(new ResolvedArticle(new AnnotatedArticle(a, List.of()), mentions), events);
    return new StoredArticle(raw, coded, "pv1");
  }

  /** An article with {@code events} events and as many mentions, all valid. */
  static StoredArticle bulk(int n, int events) {
    String id = String.format(java.util.Locale.ROOT, "a%05d", n);
    Article a =
        article(id, "2019-06-28", "Officials met in Hanoi and talked about talks. ".repeat(5));
    List<Event> list = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      list.add(
          event(
              id,
              i,
              PartialDate.parse("2019-06-" + (10 + i % 18)).orElseThrow(),
              "USAGOV",
              "PRKGOV",
              "036"));
      mentions.add(mention(i, "Hanoi", "VNMGOV"));
    }
    return stored(a, mentions, list);
  }
}
