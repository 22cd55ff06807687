/**
 * Prints stored events and articles as JSONL and CSV (the documented contracts other tools read:
 * field names, types and order are fixed here) or as a table for people.
 */
package dev.parley.format;
