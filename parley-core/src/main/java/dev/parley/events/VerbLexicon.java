package dev.parley.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verb-pattern lexicon ({@code events/verbs.tsv}) and the modality cues, loaded and checked
 * against the codebook. The format is documented at the top of the file; a user file of the same
 * format adds patterns and cues.
 */
public final class VerbLexicon {
  /** The built-in lexicon on the class path, read before the user's files. */
  public static final String BUILT_IN = "/dev/parley/events/verbs.tsv";
  private static final Pattern PATTERN =
      Pattern.compile(
          "^([\\p{L}'-]+)(?:\\s+([a-z]+))?(?:\\s+\\{([^}]+)\\})?(?:\\s+\\[([a-z]+):([^\\]]+)\\])?(?:\\s+>([0-9,]+))?$");
  private static final Set<String> SLOTS = Set.of("obj", "iobj", "xcomp", "ccomp", "-");

  private final Map<String, List<VerbPattern>> byLemma;
  private final Cues cues;

  private VerbLexicon(Map<String, List<VerbPattern>> byLemma, Cues cues) {
    this.byLemma = byLemma;
    this.cues = cues;
  }

  /** The built-in lexicon. */
  public static VerbLexicon builtIn(Codebook codebook) {
    return load(codebook, List.of());
  }

  /** The built-in lexicon plus the given user files, checked against the codebook. */
  public static VerbLexicon load(Codebook codebook, List<Path> extraFiles) {
    Map<String, List<VerbPattern>> byLemma = new HashMap<>();
    Map<String, Set<String>> cues = new HashMap<>();
    try (InputStream in = VerbLexicon.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("verb lexicon missing from the classpath: " + BUILT_IN);
      }
      read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "verbs.tsv", codebook, byLemma, cues);
      for (Path p : extraFiles) {
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          read(r, p.toString(), codebook, byLemma, cues);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the verb lexicon: " + e.getMessage(), e);
    }
    byLemma.values().forEach(l -> l.sort(Comparator.comparingInt(VerbPattern::specificity).reversed()));
    return new VerbLexicon(
        byLemma,
        new Cues(
            cues.getOrDefault("intend", Set.of()),
            cues.getOrDefault("report", Set.of()),
            cues.getOrDefault("hypothetical", Set.of()),
            cues.getOrDefault("deny", Set.of()),
            cues.getOrDefault("negate", Set.of())));
  }

  private static void read(
      BufferedReader r,
      String file,
      Codebook codebook,
      Map<String, List<VerbPattern>> byLemma,
      Map<String, Set<String>> cues)
      throws IOException {
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      String origin = file + ":" + n;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (line.startsWith("@")) {
        if (cols.length != 2) {
          throw new IllegalArgumentException(origin + ": a cue line is '@kind<TAB>word|word'");
        }
        String kind = cols[0].substring(1);
        if (!Set.of("intend", "report", "hypothetical", "deny", "negate").contains(kind)) {
          throw new IllegalArgumentException(origin + ": unknown cue kind @" + kind);
        }
        cues.computeIfAbsent(kind, k -> new LinkedHashSet<>())
            .addAll(Arrays.asList(cols[1].toLowerCase(Locale.ROOT).split("\\|")));
        continue;
      }
      if (cols.length < 3 || cols.length > 4) {
        throw new IllegalArgumentException(origin + ": expected CODE<TAB>PATTERN<TAB>TARGETS[<TAB>FLAGS], got " + cols.length + " columns");
      }
      String code = cols[0].strip();
      if (codebook.get(code).isEmpty()) {
        throw new IllegalArgumentException(origin + ": unknown CAMEO code '" + code + "'");
      }
      Matcher m = PATTERN.matcher(cols[1].strip());
      if (!m.matches()) {
        throw new IllegalArgumentException(origin + ": cannot read pattern '" + cols[1] + "'");
      }
      List<String> targets = Arrays.stream(cols[2].split(",")).map(String::strip).toList();
      for (String t : targets) {
        if (!SLOTS.contains(t) && !t.matches("[a-z]+")) {
          throw new IllegalArgumentException(origin + ": bad target slot '" + t + "'");
        }
      }
      Set<String> flags = cols.length == 4 ? Set.of(cols[3].strip().split("[ ,]+")) : Set.of();
      for (String f : flags) {
        if (!Set.of("symmetric", "person-target").contains(f)) {
          throw new IllegalArgumentException(origin + ": unknown flag '" + f + "'");
        }
      }
      Set<String> objects = m.group(3) == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(m.group(3).toLowerCase(Locale.ROOT).split("\\|"))));
      Set<String> manner = m.group(5) == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(m.group(5).toLowerCase(Locale.ROOT).split("\\|"))));
      Set<String> roots = m.group(6) == null ? Set.of() : Set.copyOf(Arrays.asList(m.group(6).split(",")));
      String lemma = m.group(1).toLowerCase(Locale.ROOT);
      VerbPattern p =
          new VerbPattern(
              code, lemma, m.group(2), objects, m.group(4), manner, roots, targets,
              flags.contains("symmetric"), flags.contains("person-target"), origin);
      byLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(p);
    }
  }

  /** Patterns for a verb lemma, most specific first. */
  public List<VerbPattern> patterns(String lemma) {
    return byLemma.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** Every lemma that has a pattern: a sentence without one of these cannot yield an event. */
  public Set<String> lemmas() {
    return byLemma.keySet();
  }

  public Cues cues() {
    return cues;
  }

  /** Words that set an event's modality or polarity, by what they do. */
  public record Cues(
      Set<String> intend, Set<String> report, Set<String> hypothetical, Set<String> deny, Set<String> negate) {}
}
