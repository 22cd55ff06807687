package dev.parley.store;

import dev.parley.actors.Mention;
import dev.parley.clean.Article;
import dev.parley.events.CodedArticle;
import dev.parley.events.Event;

/**
 * Checks that what a caller asks the store to write is whole, before any row is written, so that a
 * caller's mistake fails fast with the article and field named rather than as a DuckDB constraint
 * error.
 */
final class Checks {
  private Checks() {}

  static void storable(StoredArticle s) {
    if (s == null) {
      throw new IllegalArgumentException("stored article must not be null");
    }
    require(s.raw() != null, "?", "raw");
    require(s.coded() != null, s.raw().doc(), "coded");
    coded(s.coded(), s.pipelineVersion());
    spans(s.coded(), s.quotes(), s.times());
  }

  /** Quotes and time expressions lie inside the article text. */
  static void spans(
      CodedArticle coded,
      java.util.List<dev.parley.quotes.Quote> quotes,
      java.util.List<dev.parley.timex.TimeExpression> times) {
    Article a = coded.article();
    int length = a.text().codePointCount(0, a.text().length());
    for (int i = 0; i < quotes.size(); i++) {
      dev.parley.quotes.Quote q = quotes.get(i);
      String at = a.id() + " quote " + i;
      require(q.end() <= length, at, "start/end (outside the text)");
      require(
          q.speakerEnd() == null || q.speakerEnd() <= length,
          at,
          "speaker_start/speaker_end (outside the text)");
    }
    for (int i = 0; i < times.size(); i++) {
      require(times.get(i).end() <= length, a.id() + " time " + i, "start/end (outside the text)");
    }
  }

  static void coded(CodedArticle coded, String pipelineVersion) {
    Article a = coded.article();
    String where = a.id();
    require(pipelineVersion != null && !pipelineVersion.isBlank(), where, "pipelineVersion");
    int length = a.text().codePointCount(0, a.text().length());
    int i = 0;
    for (Mention m : coded.resolved().mentions()) {
      String at = where + " mention " + i++;
      require(m.text() != null, at, "text");
      require(m.kind() != null, at, "kind");
      require(
          0 <= m.begin() && m.begin() <= m.end() && m.end() <= length,
          at,
          "begin/end (outside the text)");
    }
    for (Event e : coded.events()) {
      String at = where + " event " + e.eventId();
      require(e.eventId() != null, where + " event", "eventId");
      require(a.id().equals(e.articleId()), at, "articleId (not the article's id)");
      require(e.source() != null, at, "source");
      require(e.code() != null, at, "code");
      require(e.root() != null, at, "root");
      require(e.modality() != null, at, "modality");
      require(e.sentence() != null, at, "sentence");
      require(e.rule() != null, at, "rule");
      require(e.quadClass() >= 1 && e.quadClass() <= 4, at, "quadClass (1 to 4)");
      require(Double.isFinite(e.goldstein()), at, "goldstein");
      require(e.confidence() >= 0 && e.confidence() <= 1, at, "confidence (0 to 1)");
      require(
          0 <= e.evidenceStart()
              && e.evidenceStart() <= e.evidenceEnd()
              && e.evidenceEnd() <= length,
          at,
          "evidenceStart/evidenceEnd (outside the text)");
      for (dev.parley.events.Evidence x : e.evidence()) {
        require(x.end() <= length, at, "evidence (a span outside the text)");
      }
      require(
          e.location() == null || e.location().end() <= length, at, "location (outside the text)");
    }
  }

  private static void require(boolean ok, String where, String field) {
    if (!ok) {
      throw new IllegalArgumentException(
          "cannot store article " + where + ": missing or invalid " + field);
    }
  }
}
