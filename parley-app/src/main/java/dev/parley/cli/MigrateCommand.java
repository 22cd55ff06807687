package dev.parley.cli;

import dev.parley.store.Store;
import dev.parley.store.StoreOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code parley migrate}: upgrades a store written by an older Parley to this schema version in
 * place (what the schema-version message tells the user to run). Nothing stored is lost; the new
 * tables start empty until {@code parley recode --all} fills them from the raw inputs.
 */
@Command(
    name = "migrate",
    description = {
      "Upgrades a store written by an older Parley to this Parley's schema version, in place and in one transaction.",
      "New tables (quotes, times) start empty: run parley recode --all to fill them from the stored raw inputs."
    })
final class MigrateCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Override
  public Integer call() {
    int had = Store.migrate(data.data, StoreOptions.defaults());
    int now = Store.schemaVersion();
    if (had == now) {
      System.out.println("store in " + data.data + " already has schema version " + now);
    } else {
      System.out.println(
          "migrated store in " + data.data + " from schema version " + had + " to " + now);
    }
    return 0;
  }
}
