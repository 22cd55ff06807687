package dev.parley.events;

import dev.parley.time.PartialDate;
import java.util.Comparator;
import java.util.List;

/**
 * One coded event: who did what to whom, when, and the sentence that says so.
 *
 * @param eventId stable id: article id, sentence, verb token and code
 * @param articleId the article it was coded from
 * @param date when it happened, to the precision the text allows (not the publication date unless
 *     the text gives nothing better), or null when unknown
 * @param source CAMEO actor code of the source ("USAGOV")
 * @param sourceName display name of the source actor
 * @param target CAMEO actor code of the target, or null for an event with no target
 * @param targetName display name of the target actor, or null
 * @param code CAMEO event code as a string ("036")
 * @param root its two-digit root ("03")
 * @param quadClass GDELT's QuadClass, 1 to 4
 * @param goldstein GDELT's Goldstein value for the code
 * @param plover the PLOVER event category, or null where the code has no mapping
 * @param modality asserted, intended, reported or hypothetical
 * @param negated whether the sentence denies the event ("did not meet")
 * @param sentenceIndex index of the evidence sentence
 * @param evidenceStart code point offset of the evidence sentence in the article text
 * @param evidenceEnd code point offset after it
 * @param sentence the evidence sentence
 * @param rule the lexicon rule that fired ("meet.with@036")
 * @param confidence 0 to 1: how sure the coder is of this reading
 * @param location where the text says the event took place ("in Hanoi"), or null
 * @param dateSource whether {@code date} comes from the event's own words or is the publication
 *     date (null with no date, and for events stored before schema version 4)
 * @param evidence every sentence of the article that states this event, in text order, the event's
 *     own sentence among them; one entry unless the article restates the event (see {@link
 *     Restatements})
 */
public record Event(
    String eventId,
    String articleId,
    PartialDate date,
    String source,
    String sourceName,
    String target,
    String targetName,
    String code,
    String root,
    int quadClass,
    double goldstein,
    String plover,
    Modality modality,
    boolean negated,
    int sentenceIndex,
    int evidenceStart,
    int evidenceEnd,
    String sentence,
    String rule,
    double confidence,
    Location location,
    DateSource dateSource,
    List<Evidence> evidence) {

  public Event {
    if (date == null) {
      dateSource = null;
    }
    Evidence own = new Evidence(sentenceIndex, evidenceStart, evidenceEnd);
    if (evidence == null || evidence.isEmpty()) {
      evidence = List.of(own);
    } else {
      evidence = evidence.stream().sorted(Comparator.comparingInt(Evidence::start)).toList();
      if (!evidence.contains(own)) {
        throw new IllegalArgumentException(
            "evidence of event " + eventId + " must include its own sentence " + own);
      }
    }
  }

  /**
   * How many sentences of the article state this event (GDELT's NumMentions within one article).
   */
  public int mentions() {
    return evidence.size();
  }

  /**
   * This event with the evidence the store holds for it (read back from the {@code evidence}
   * table).
   */
  public Event withEvidence(List<Evidence> spans) {
    return toBuilder().evidence(spans).build();
  }

  /** A builder with nothing set: an event's evidence defaults to its own sentence. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this event's values, to make a copy that differs in a few of them. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The values of an event, set one by one; {@link #build} checks them as the constructor does. */
  public static final class Builder {
    private String eventId;
    private String articleId;
    private PartialDate date;
    private String source;
    private String sourceName;
    private String target;
    private String targetName;
    private String code;
    private String root;
    private int quadClass;
    private double goldstein;
    private String plover;
    private Modality modality;
    private boolean negated;
    private int sentenceIndex;
    private int evidenceStart;
    private int evidenceEnd;
    private String sentence;
    private String rule;
    private double confidence;
    private Location location;
    private DateSource dateSource;
    private List<Evidence> evidence = List.of();

    private Builder() {}

    private Builder(Event e) {
      eventId = e.eventId;
      articleId = e.articleId;
      date = e.date;
      source = e.source;
      sourceName = e.sourceName;
      target = e.target;
      targetName = e.targetName;
      code = e.code;
      root = e.root;
      quadClass = e.quadClass;
      goldstein = e.goldstein;
      plover = e.plover;
      modality = e.modality;
      negated = e.negated;
      sentenceIndex = e.sentenceIndex;
      evidenceStart = e.evidenceStart;
      evidenceEnd = e.evidenceEnd;
      sentence = e.sentence;
      rule = e.rule;
      confidence = e.confidence;
      location = e.location;
      dateSource = e.dateSource;
      evidence = e.evidence;
    }

    public Event build() {
      return new Event(
          eventId,
          articleId,
          date,
          source,
          sourceName,
          target,
          targetName,
          code,
          root,
          quadClass,
          goldstein,
          plover,
          modality,
          negated,
          sentenceIndex,
          evidenceStart,
          evidenceEnd,
          sentence,
          rule,
          confidence,
          location,
          dateSource,
          evidence);
    }

    public Builder eventId(String value) {
      eventId = value;
      return this;
    }

    public Builder articleId(String value) {
      articleId = value;
      return this;
    }

    public Builder date(PartialDate value) {
      date = value;
      return this;
    }

    public Builder dateSource(DateSource value) {
      dateSource = value;
      return this;
    }

    public Builder source(String value) {
      source = value;
      return this;
    }

    public Builder sourceName(String value) {
      sourceName = value;
      return this;
    }

    public Builder target(String value) {
      target = value;
      return this;
    }

    public Builder targetName(String value) {
      targetName = value;
      return this;
    }

    public Builder code(String value) {
      code = value;
      return this;
    }

    public Builder root(String value) {
      root = value;
      return this;
    }

    public Builder quadClass(int value) {
      quadClass = value;
      return this;
    }

    public Builder goldstein(double value) {
      goldstein = value;
      return this;
    }

    public Builder plover(String value) {
      plover = value;
      return this;
    }

    public Builder modality(Modality value) {
      modality = value;
      return this;
    }

    public Builder negated(boolean value) {
      negated = value;
      return this;
    }

    public Builder sentenceIndex(int value) {
      sentenceIndex = value;
      return this;
    }

    public Builder evidenceStart(int value) {
      evidenceStart = value;
      return this;
    }

    public Builder evidenceEnd(int value) {
      evidenceEnd = value;
      return this;
    }

    public Builder sentence(String value) {
      sentence = value;
      return this;
    }

    public Builder rule(String value) {
      rule = value;
      return this;
    }

    public Builder confidence(double value) {
      confidence = value;
      return this;
    }

    public Builder location(Location value) {
      location = value;
      return this;
    }

    public Builder evidence(List<Evidence> value) {
      evidence = value;
      return this;
    }
  }
}
