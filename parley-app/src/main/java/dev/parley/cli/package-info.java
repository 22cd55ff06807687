/**
 * The command line, {@code parley} ({@link dev.parley.cli.Main}) and its subcommands: options,
 * messages and exit codes live here and nowhere else. May use every package.
 */
package dev.parley.cli;
