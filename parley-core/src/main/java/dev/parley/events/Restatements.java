package dev.parley.events;

import dev.parley.time.PartialDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Within one article, the same event stated twice is one event: the lead says "North Korea fired
 * two missiles on Saturday" and a later paragraph "the missiles North Korea fired ..." or "North
 * Korea fired the missiles from near Wonsan". The last step of the code stage, so every runner
 * (ingest, recode, watch, the benchmarks, explain) sees the merged events.
 *
 * <p>Two events are the same when all of these hold:
 *
 * <ul>
 *   <li>the same source and the same target (CAMEO actor codes; an uncoded actor by its name; no
 *       target on both sides);
 *   <li>the same CAMEO code, or one code is the other's more general form: a root's "not specified"
 *       code ({@code 190}) and a code of that root ({@code 195}), or a base code ({@code 036}) and
 *       one of its four-digit codes ({@code 0361});
 *   <li>the same modality and the same polarity ("fired" and "did not fire" are two claims);
 *   <li>compatible dates: they overlap ("March 2019" and "March 12, 2019"), or one of them says
 *       nothing of its own: no date, or exactly the publication date, which is what an asserted
 *       event with no time expression in its clause gets. Two different dates the text states are
 *       two events.
 * </ul>
 *
 * An event joins the first earlier group whose every member it is the same as. The group keeps one
 * event: the one coded by a lexicon pattern rather than the classifier, then the one with the more
 * specific code, then the first in the text. It takes the most precise date the text states, the
 * first location any member has, the highest confidence, and the evidence sentences of all members
 * in text order ({@link Event#mentions()} counts them).
 */
public final class Restatements {
  private Restatements() {}

  /** The events with restatements merged, in order of their first mention. */
  public static List<Event> merge(List<Event> events, PartialDate published, Trace trace) {
    List<List<Event>> groups = new ArrayList<>();
    for (Event e : events) {
      List<Event> home = null;
      for (List<Event> g : groups) {
        if (g.stream().allMatch(m -> same(m, e, published))) {
          home = g;
          break;
        }
      }
      if (home == null) {
        groups.add(new ArrayList<>(List.of(e)));
      } else {
        home.add(e);
      }
    }
    List<Event> out = new ArrayList<>(groups.size());
    for (List<Event> g : groups) {
      out.add(g.size() == 1 ? g.get(0) : merged(g, published, trace));
    }
    return out;
  }

  /** Whether two events of one article state the same event (see the class comment). */
  static boolean same(Event a, Event b, PartialDate published) {
    return actor(a.source(), a.sourceName()).equals(actor(b.source(), b.sourceName()))
        && actor(a.target(), a.targetName()).equals(actor(b.target(), b.targetName()))
        && compatibleCodes(a.code(), b.code())
        && a.modality() == b.modality()
        && a.negated() == b.negated()
        && compatibleDates(a.date(), b.date(), published);
  }

  /** Equal, or one is the other's more general code. */
  static boolean compatibleCodes(String a, String b) {
    return a.equals(b) || generalises(a, b) || generalises(b, a);
  }

  /** "190" generalises "195" and "1951"; "036" generalises "0361". */
  private static boolean generalises(String general, String specific) {
    if (general.length() == 3
        && general.endsWith("0")
        && specific.startsWith(general.substring(0, 2))) {
      return true;
    }
    return general.length() == 3 && specific.length() == 4 && specific.startsWith(general);
  }

  /** How specific a code is: 0 for a root's "not specified" code, 1 for a base code, 2 below. */
  private static int specificity(String code) {
    if (code.length() >= 4) {
      return 2;
    }
    return code.endsWith("0") ? 0 : 1;
  }

  static boolean compatibleDates(PartialDate a, PartialDate b, PartialDate published) {
    if (ownless(a, published) || ownless(b, published)) {
      return true;
    }
    return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
  }

  /** A date the text did not state for this event: none, or the publication date itself. */
  private static boolean ownless(PartialDate d, PartialDate published) {
    return d == null || d.equals(published);
  }

  private static String actor(String code, String name) {
    if (code == null) {
      return "";
    }
    return code.isEmpty() ? "name:" + (name == null ? "" : name.toLowerCase(Locale.ROOT)) : code;
  }

  private static Event merged(List<Event> group, PartialDate published, Trace trace) {
    Event kept =
        group.stream()
            .min(
                Comparator.comparing((Event e) -> e.rule().startsWith("model:"))
                    .thenComparing(e -> -specificity(e.code()))
                    .thenComparingInt(Event::evidenceStart))
            .orElseThrow();
    PartialDate date = kept.date();
    DateSource source = kept.dateSource();
    for (Event e : group) {
      PartialDate d = e.date();
      if (d == null || d.equals(date)) {
        if (d != null && e.dateSource() == DateSource.TEXT) {
          source = DateSource.TEXT; // one restatement states the date the others fell back to
        }
        continue;
      }
      boolean stated = !ownless(d, published);
      if (date == null || (stated && ownless(date, published)) || (stated && narrower(d, date))) {
        date = d; // a date the text states beats the publication date; a day beats a month
        source = e.dateSource();
      }
    }
    Location where = kept.location();
    double confidence = kept.confidence();
    Map<Integer, Evidence> spans = new LinkedHashMap<>();
    for (Event e : group) {
      if (where == null) {
        where = e.location();
      }
      confidence = Math.max(confidence, e.confidence());
      e.evidence().forEach(x -> spans.putIfAbsent(x.sentenceIndex(), x));
    }
    spans.putIfAbsent(
        kept.sentenceIndex(),
        new Evidence(kept.sentenceIndex(), kept.evidenceStart(), kept.evidenceEnd()));
    Event out =
        kept.toBuilder()
            .date(date)
            .dateSource(source)
            .confidence(confidence)
            .location(where)
            .evidence(List.copyOf(spans.values()))
            .build();
    if (trace.on()) {
      StringBuilder b = new StringBuilder("restated: ");
      for (Event e : group) {
        if (e != kept) {
          b.append(e.code()).append(" in sentence ").append(e.sentenceIndex()).append(", ");
        }
      }
      b.append("merged into ")
          .append(kept.code())
          .append(" of sentence ")
          .append(kept.sentenceIndex())
          .append(" (same source, target, code, modality and polarity; compatible dates): ")
          .append(out.mentions())
          .append(" mentions");
      trace.note(b.toString());
    }
    return out;
  }

  private static boolean narrower(PartialDate a, PartialDate b) {
    return a.end().toEpochDay() - a.start().toEpochDay()
        < b.end().toEpochDay() - b.start().toEpochDay();
  }
}
