package dev.parley.actors;

import java.util.List;
import java.util.Objects;

/**
 * A place inside a country that is not its capital: a city ("Mumbai"), a first-level division
 * ("Indiana", "Sindh") or another named area ("Darfur", "Donbas"). A place is never an actor of its
 * own; it tells which country an agent or an event belongs to: "Indiana protesters" are American
 * civilians, "police in Mumbai" are Indian police.
 *
 * @param names the place's names; the first is the display name
 * @param country CAMEO country code (ISO 3166-1 alpha-3) of the country it is in
 * @param kind {@code city}, {@code region} or {@code area}
 */
public record Place(List<String> names, String country, String kind) implements ActorEntry {
  /** The kinds a place file may give. */
  public static final List<String> KINDS = List.of("city", "region", "area");

  public Place {
    names = List.copyOf(names);
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(kind, "kind");
    if (names.isEmpty()) {
      throw new IllegalArgumentException("place in " + country + " has no name");
    }
  }

  @Override
  public String id() {
    return "place:" + Slugs.slug(names.get(0)) + "/" + country;
  }

  @Override
  public String displayName() {
    return names.get(0);
  }
}
