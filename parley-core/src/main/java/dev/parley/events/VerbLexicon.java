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
import java.util.Collections;
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
 * The event lexicon: verb and event-noun patterns, one file per CAMEO root under {@code
 * events/lexicon/} (listed in its {@code index.txt}), and the cue words of {@code cues.tsv}, loaded
 * and checked against the codebook. The format is documented in {@code events/lexicon/README.md}; a
 * user file of the same format adds patterns and cues.
 */
public final class VerbLexicon {
  static final String DIRECTORY = "/dev/parley/events/lexicon/";

  /** The file name (or ending of a user file's name) of the sub-code table. */
  static final String SUBCODES = "subcodes.tsv";

  private static final Pattern VERB =
      Pattern.compile(
          "^([\\p{L}'-]+)(?:\\s+([a-z]+))?(?:\\s+\\{([^}]+)\\})?(?:\\s+\\[([a-z]+):([^\\]]+)\\])?(?:\\s+>([0-9,]+|\\*))?$");
  private static final Pattern NOUN = Pattern.compile("^n:([\\p{L}'-]+)(?:\\s+\\{([^}]+)\\})?$");
  private static final Set<String> SLOTS = Set.of("obj", "iobj", "xcomp", "ccomp", "-");
  private static final Set<String> CUE_KINDS =
      Set.of("intend", "report", "hypothetical", "deny", "negate", "cancel", "support", "demand");

  private final Map<String, List<VerbPattern>> verbs;
  private final Map<String, List<VerbPattern>> nouns;
  private final Cues cues;
  private final Map<String, Map<String, String>> subcodes;
  private final int size;

  private VerbLexicon(
      Map<String, List<VerbPattern>> verbs,
      Map<String, List<VerbPattern>> nouns,
      Cues cues,
      Map<String, Map<String, String>> subcodes) {
    this.verbs = verbs;
    this.nouns = nouns;
    this.cues = cues;
    this.subcodes = subcodes;
    this.size =
        verbs.values().stream().mapToInt(List::size).sum()
            + nouns.values().stream().mapToInt(List::size).sum();
  }

  /** The built-in lexicon. */
  public static VerbLexicon builtIn(Codebook codebook) {
    return load(codebook, List.of());
  }

  /** The classpath resources of the built-in lexicon, in load order (for the pipeline version). */
  public static List<String> builtInResources() {
    List<String> out = new ArrayList<>();
    try (InputStream in = VerbLexicon.class.getResourceAsStream(DIRECTORY + "index.txt")) {
      if (in == null) {
        throw new IllegalStateException(
            "lexicon index missing from the classpath: " + DIRECTORY + "index.txt");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          out.add(DIRECTORY + name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lexicon index: " + e.getMessage(), e);
    }
    return out;
  }

  /** The built-in lexicon plus the given user files, checked against the codebook. */
  public static VerbLexicon load(Codebook codebook, List<Path> extraFiles) {
    Map<String, List<VerbPattern>> verbs = new HashMap<>();
    Map<String, List<VerbPattern>> nouns = new HashMap<>();
    Map<String, Set<String>> cues = new HashMap<>();
    Map<String, Map<String, String>> subcodes = new HashMap<>();
    try {
      for (String resource : builtInResources()) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        String root = name.matches("^\\d\\d-.*") ? name.substring(0, 2) : null;
        try (InputStream in = VerbLexicon.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException(
                "lexicon file listed in index.txt is missing: " + resource);
          }
          BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
          if (name.endsWith(SUBCODES)) {
            readSubcodes(r, name, codebook, subcodes);
          } else {
            read(r, name, root, codebook, verbs, nouns, cues);
          }
        }
      }
      for (Path p : extraFiles) {
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          if (p.getFileName().toString().endsWith(SUBCODES)) {
            readSubcodes(r, p.toString(), codebook, subcodes);
          } else {
            read(r, p.toString(), null, codebook, verbs, nouns, cues);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the event lexicon: " + e.getMessage(), e);
    }
    Comparator<VerbPattern> order = Comparator.comparingInt(VerbPattern::specificity).reversed();
    verbs.values().forEach(l -> l.sort(order));
    nouns.values().forEach(l -> l.sort(order));
    return new VerbLexicon(
        verbs,
        nouns,
        new Cues(
            cues.getOrDefault("intend", Set.of()),
            cues.getOrDefault("report", Set.of()),
            cues.getOrDefault("hypothetical", Set.of()),
            cues.getOrDefault("deny", Set.of()),
            cues.getOrDefault("negate", Set.of()),
            cues.getOrDefault("cancel", Set.of()),
            cues.getOrDefault("support", Set.of()),
            cues.getOrDefault("demand", Set.of())),
        subcodes);
  }

  /**
   * Rows of {@code subcodes.tsv} (or a user file ending in it): CODE, clause-code prefixes, the
   * sub-code an event of CODE takes when its absorbed clause's code starts with one of them.
   */
  private static void readSubcodes(
      BufferedReader r, String file, Codebook codebook, Map<String, Map<String, String>> out)
      throws IOException {
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String origin = file + ":" + n;
      String[] cols = columns(line, origin, 3, 3, "CODE<TAB>CLAUSE[,CLAUSE]<TAB>SUBCODE");
      String code = known(cols[0], origin, codebook);
      String sub = known(cols[2], origin, codebook);
      if (!sub.substring(0, 2).equals(code.substring(0, 2))) {
        throw new IllegalArgumentException(
            origin
                + ": sub-code "
                + sub
                + " is not of "
                + code
                + "'s root "
                + code.substring(0, 2));
      }
      for (String prefix : cols[1].split(",")) {
        String p = prefix.strip();
        if (!p.matches("\\d{2,4}")) {
          throw new IllegalArgumentException(origin + ": bad clause code '" + p + "'");
        }
        out.computeIfAbsent(code, k -> new HashMap<>()).put(p, sub);
      }
    }
  }

  /**
   * The sub-code an event of {@code code} takes when it absorbed a clause coded {@code clauseCode}
   * ("demanded that Iran release": 105 with a release, 0841, is 1053); {@code code} when no row of
   * {@code subcodes.tsv} says otherwise. The longest matching clause prefix wins.
   */
  public String refine(String code, String clauseCode) {
    Map<String, String> rows = subcodes.get(code);
    if (rows == null || clauseCode == null) {
      return code;
    }
    for (int len = clauseCode.length(); len >= 2; len--) {
      String sub = rows.get(clauseCode.substring(0, len));
      if (sub != null) {
        return sub;
      }
    }
    return code;
  }

  private static void read(
      BufferedReader r,
      String file,
      String root,
      Codebook codebook,
      Map<String, List<VerbPattern>> verbs,
      Map<String, List<VerbPattern>> nouns,
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
        if (!CUE_KINDS.contains(kind)) {
          throw new IllegalArgumentException(origin + ": unknown cue kind @" + kind);
        }
        cues.computeIfAbsent(kind, k -> new LinkedHashSet<>())
            .addAll(Arrays.asList(cols[1].strip().toLowerCase(Locale.ROOT).split("\\|")));
        continue;
      }
      VerbPattern p = parse(cols, origin, root, codebook);
      (p.noun() ? nouns : verbs).computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
    }
  }

  private static VerbPattern parse(String[] cols, String origin, String root, Codebook codebook) {
    checkColumns(cols, origin, 3, 4, "CODE<TAB>PATTERN<TAB>TARGETS[<TAB>FLAGS]");
    String code = known(cols[0], origin, codebook);
    if (root != null && !code.startsWith(root)) {
      throw new IllegalArgumentException(
          origin + ": code " + code + " is not of this file's root " + root);
    }
    List<String> targets = Arrays.stream(cols[2].split(",")).map(String::strip).toList();
    for (String t : targets) {
      if (!SLOTS.contains(t) && !t.matches("[a-z]+")) {
        throw new IllegalArgumentException(origin + ": bad target slot '" + t + "'");
      }
    }
    Set<String> flags =
        cols.length == 4 && !cols[3].isBlank() ? Set.of(cols[3].strip().split("[ ,]+")) : Set.of();
    for (String f : flags) {
      if (!Set.of("symmetric", "person-target", "possessor-target").contains(f)) {
        throw new IllegalArgumentException(origin + ": unknown flag '" + f + "'");
      }
    }
    String pattern = cols[1].strip();
    Matcher noun = NOUN.matcher(pattern);
    if (noun.matches()) {
      return new VerbPattern(
          code,
          noun.group(1).toLowerCase(Locale.ROOT),
          true,
          null,
          words(noun.group(2)),
          null,
          Set.of(),
          Set.of(),
          targets,
          flags.contains("symmetric"),
          flags.contains("person-target"),
          flags.contains("possessor-target"),
          origin);
    }
    Matcher m = VERB.matcher(pattern);
    if (!m.matches()) {
      throw new IllegalArgumentException(origin + ": cannot read pattern '" + cols[1] + "'");
    }
    Set<String> roots =
        m.group(6) == null ? Set.of() : Set.copyOf(Arrays.asList(m.group(6).split(",")));
    return new VerbPattern(
        code,
        m.group(1).toLowerCase(Locale.ROOT),
        false,
        m.group(2),
        words(m.group(3)),
        m.group(4),
        words(m.group(5)),
        roots,
        targets,
        flags.contains("symmetric"),
        flags.contains("person-target"),
        false,
        origin);
  }

  /** The TAB-separated cells of a line, checked to number between {@code min} and {@code max}. */
  private static String[] columns(String line, String origin, int min, int max, String shape) {
    String[] cols = line.split("\t");
    checkColumns(cols, origin, min, max, shape);
    return cols;
  }

  private static void checkColumns(String[] cols, String origin, int min, int max, String shape) {
    if (cols.length < min || cols.length > max) {
      throw new IllegalArgumentException(
          origin + ": expected " + shape + ", got " + cols.length + " columns");
    }
  }

  /** A CAMEO code cell, which the codebook must know. */
  private static String known(String cell, String origin, Codebook codebook) {
    String code = cell.strip();
    if (codebook.get(code).isEmpty()) {
      throw new IllegalArgumentException(origin + ": unknown CAMEO code '" + code + "'");
    }
    return code;
  }

  private static Set<String> words(String cell) {
    if (cell == null) {
      return Set.of();
    }
    return Collections.unmodifiableSet(
        new LinkedHashSet<>(
            Arrays.asList(cell.strip().toLowerCase(Locale.ROOT).split("\\s*\\|\\s*"))));
  }

  /** Verb patterns for a lemma, most specific first. */
  public List<VerbPattern> patterns(String lemma) {
    return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** Event-noun patterns for a lemma, most specific first. */
  public List<VerbPattern> nounPatterns(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    List<VerbPattern> found = nouns.get(l);
    return found != null ? found : nouns.getOrDefault(Clause.singular(l), List.of());
  }

  /** Every verb lemma that has a pattern. */
  public Set<String> lemmas() {
    return verbs.keySet();
  }

  /** Every noun lemma that has a pattern. */
  public Set<String> nounLemmas() {
    return nouns.keySet();
  }

  /** How many patterns the lexicon holds. */
  public int size() {
    return size;
  }

  public Cues cues() {
    return cues;
  }

  /** Words that set an event's modality or polarity, or lend a subject to an event noun. */
  public record Cues(
      Set<String> intend,
      Set<String> report,
      Set<String> hypothetical,
      Set<String> deny,
      Set<String> negate,
      Set<String> cancel,
      Set<String> support,
      Set<String> demand) {}
}
