package dev.parley.events;

import dev.parley.text.DataFileException;
import dev.parley.text.TsvReader;
import dev.parley.text.TsvReader.Line;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CAMEO event codebook: every event code with its root, QuadClass, Goldstein value, PLOVER
 * category and label. Built from {@code dev/parley/events/cameo.tsv} on the classpath, optionally
 * extended by user files in the same format (a user line replaces a built-in code or adds one). The
 * format is described at the top of {@code cameo.tsv}.
 */
public final class Codebook {
  /** Classpath name of the built-in codebook. */
  public static final String RESOURCE = "dev/parley/events/cameo.tsv";

  private static final Pattern CODE = Pattern.compile("\\d{2,4}");
  private static final Pattern PLOVER = Pattern.compile("[A-Z][A-Z_]*");

  private final Map<String, CameoCode> codes;

  private Codebook(Map<String, CameoCode> codes) {
    this.codes = codes;
  }

  /** The built-in codebook (loaded once, then shared: it is immutable). */
  public static Codebook builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * The built-in codebook extended by {@code extraFiles}, read in order.
   *
   * @throws DataFileException naming the file and line of the first malformed or inconsistent entry
   */
  public static Codebook load(List<Path> extraFiles) {
    Objects.requireNonNull(extraFiles, "extraFiles");
    List<List<Line>> files = new ArrayList<>();
    files.add(TsvReader.readResource(RESOURCE, 6, 6));
    for (Path file : extraFiles) {
      files.add(TsvReader.readFile(Objects.requireNonNull(file, "extraFiles element"), 6, 6));
    }
    return build(files);
  }

  /** The entry for a code ("036"), if the codebook has it. */
  public Optional<CameoCode> get(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** All codes in code order ("01", "010", "011", ..., "2042"). */
  public List<CameoCode> all() {
    return List.copyOf(codes.values());
  }

  /** The twenty root codes in order. */
  public List<CameoCode> roots() {
    return codes.values().stream().filter(CameoCode::isRoot).toList();
  }

  public int size() {
    return codes.size();
  }

  private static Codebook build(List<List<Line>> files) {
    Map<String, CameoCode> merged = new HashMap<>();
    Map<String, Line> origin = new HashMap<>();
    for (List<Line> file : files) {
      Set<String> seenInFile = new HashSet<>();
      for (Line line : file) {
        CameoCode code = parse(line);
        if (!seenInFile.add(code.code())) {
          throw line.error("code " + code.code() + " is defined twice in this file");
        }
        merged.put(code.code(), code);
        origin.put(code.code(), line);
      }
    }
    for (CameoCode code : merged.values()) {
      Line line = origin.get(code.code());
      if (!merged.containsKey(code.root())) {
        throw line.error(
            "code " + code.code() + " has root " + code.root() + ", which is not defined");
      }
      if (code.code().length() == 4 && !merged.containsKey(code.code().substring(0, 3))) {
        throw line.error(
            "code " + code.code() + " has no base code " + code.code().substring(0, 3));
      }
    }
    Map<String, CameoCode> ordered = new LinkedHashMap<>();
    merged.values().stream()
        .sorted(Comparator.comparing(CameoCode::code))
        .forEach(c -> ordered.put(c.code(), c));
    return new Codebook(ordered);
  }

  private static CameoCode parse(Line line) {
    String code = line.required(0, "code");
    if (!CODE.matcher(code).matches()) {
      throw line.error("code '" + code + "' is not 2 to 4 digits");
    }
    String root = line.required(1, "root");
    if (!root.equals(code.substring(0, 2))) {
      throw line.error("root '" + root + "' does not match code " + code);
    }
    int quadClass;
    try {
      quadClass = Integer.parseInt(line.required(2, "quad_class"));
    } catch (NumberFormatException e) {
      throw line.error("quad_class '" + line.cell(2) + "' is not a number");
    }
    if (quadClass < 1 || quadClass > 4) {
      throw line.error("quad_class " + quadClass + " is not 1 to 4");
    }
    double goldstein;
    try {
      goldstein = Double.parseDouble(line.required(3, "goldstein"));
    } catch (NumberFormatException e) {
      throw line.error("goldstein '" + line.cell(3) + "' is not a number");
    }
    if (!(goldstein >= -10.0 && goldstein <= 10.0)) {
      throw line.error("goldstein " + line.cell(3) + " is outside -10..10");
    }
    String plover = line.cell(4);
    if (plover.isEmpty()) {
      throw line.error("missing plover (use '-' for none)");
    }
    if (plover.equals("-")) {
      plover = null;
    } else if (!PLOVER.matcher(plover).matches()) {
      throw line.error("plover '" + plover + "' is not an upper-case category name or '-'");
    }
    String name = line.required(5, "name");
    return new CameoCode(code, root, quadClass, goldstein, plover, name);
  }

  private static final class BuiltIn {
    static final Codebook INSTANCE = load(List.of());
  }
}
