package dev.parley.actors;

import java.util.List;
import java.util.Objects;

/**
 * A named organisation or institution with a fixed CAMEO code ("KCNA" is PRKMED, "United Nations"
 * is IGOUNO, "Pentagon" is USAMIL).
 *
 * @param code full CAMEO actor code
 * @param names names and abbreviations; the first is the display name and gives the id
 */
public record NamedActor(String code, List<String> names) implements ActorEntry {

  public NamedActor {
    Objects.requireNonNull(code, "code");
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("named actor " + code + " has no name");
    }
  }

  /** {@code "org:"} + the slug of the first name ("org:korean-central-news-agency"). */
  @Override
  public String id() {
    return idFor(names.get(0));
  }

  @Override
  public String displayName() {
    return names.get(0);
  }

  static String idFor(String firstName) {
    return "org:" + Slugs.slug(firstName);
  }
}
