package dev.parley.format;

import dev.parley.store.QuoteRow;
import java.util.List;

/**
 * The quotes JSONL contract (issue 10): these names, types and order. Other tools read it; change
 * nothing here without a new contract version.
 */
final class QuoteFields {
  private QuoteFields() {}

  static final List<Field<QuoteRow>> ALL =
      List.of(
          new Field<>("quote_id", QuoteRow::quoteId),
          new Field<>("doc", QuoteRow::doc),
          new Field<>("article_id", QuoteRow::articleId),
          new Field<>("start", r -> r.quote().start()),
          new Field<>("end", r -> r.quote().end()),
          new Field<>("text", r -> r.quote().text()),
          new Field<>("direct", r -> r.quote().direct()),
          new Field<>("cue", r -> r.quote().cue()),
          new Field<>("speaker_start", r -> r.quote().speakerStart()),
          new Field<>("speaker_end", r -> r.quote().speakerEnd()),
          new Field<>("speaker_text", r -> r.quote().speakerText()),
          new Field<>("speaker", r -> r.quote().speaker()),
          new Field<>("speaker_name", r -> r.quote().speakerName()),
          new Field<>("addressee", r -> r.quote().addressee()));
}
