package dev.parley.actors;

import java.util.List;
import java.util.Objects;

/**
 * A country or other commonly coded territory and the words that point to it.
 *
 * @param code CAMEO country code (ISO 3166-1 alpha-3: "KOR", "PRK", "USA")
 * @param names common names and short forms; the first is the display name
 * @param demonyms adjective and people forms ("North Korean", "North Koreans")
 * @param capitals capital cities, each standing for the government ("Seoul said" is KORGOV)
 * @param seats other metonyms for the government ("White House", "Kremlin")
 */
public record Country(
    String code,
    List<String> names,
    List<String> demonyms,
    List<String> capitals,
    List<String> seats)
    implements ActorEntry {

  public Country {
    Objects.requireNonNull(code, "code");
    names = List.copyOf(names);
    demonyms = List.copyOf(demonyms);
    capitals = List.copyOf(capitals);
    seats = List.copyOf(seats);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("country " + code + " has no name");
    }
  }

  @Override
  public String id() {
    return "country:" + code;
  }

  @Override
  public String displayName() {
    return names.get(0);
  }

  /** The code of this country's government ("KORGOV"), which capitals and seats stand for. */
  public String governmentCode() {
    return code + "GOV";
  }
}
