package dev.parley.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person and the dated roles that give their CAMEO code: Donald Trump is USAGOV on 2019-06-28 and
 * USAELI on 2022-06-01.
 *
 * @param id {@code "person:"} + slug of the name ("person:donald-trump")
 * @param name full name as usually written in English news
 * @param aliases other unambiguous forms of the name
 * @param roles role periods, ordered by start
 */
public record Person(String id, String name, List<String> aliases, List<Role> roles)
    implements ActorEntry {

  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    roles = roles.stream().sorted(Comparator.comparing(Role::from)).toList();
  }

  /** The id a person of this name gets. */
  public static String idFor(String name) {
    return "person:" + Slugs.slug(name);
  }

  @Override
  public String displayName() {
    return name;
  }

  /** The role in force on {@code date}: of those covering it, the one that began last. */
  public Optional<Role> roleOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Role best = null;
    for (Role role : roles) {
      if (role.covers(date) && (best == null || !role.from().isBefore(best.from()))) {
        best = role;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The CAMEO code of the role in force on {@code date}, if any. */
  public Optional<String> codeOn(LocalDate date) {
    return roleOn(date).map(Role::code);
  }
}
