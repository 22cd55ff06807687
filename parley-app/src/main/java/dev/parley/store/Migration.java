package dev.parley.store;

import java.util.List;
import java.util.Objects;

/**
 * One step of the store schema: the statements that take a store from {@code version - 1} to {@code
 * version}. Steps are never edited once released; a change is a new step at the end of {@link
 * Schema#MIGRATIONS}.
 *
 * @param version the schema version the store has after this step
 * @param description what the step adds, for the meta table and messages
 * @param statements DDL run in order, in one transaction with the version update
 */
record Migration(int version, String description, List<String> statements) {
  Migration {
    Objects.requireNonNull(description, "description");
    statements = List.copyOf(statements);
    if (version < 1) {
      throw new IllegalArgumentException("migration version must be at least 1: " + version);
    }
  }
}
