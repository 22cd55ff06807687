#!/usr/bin/env python3
"""Check benchmarks/gold/events.jsonl and print counts per CAMEO root and per tag.

Usage: python3 benchmarks/gold/validate.py [path/to/events.jsonl]
Exits with status 1 if any line is invalid.
"""
import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "events.jsonl")
CAMEO = os.path.join(HERE, "..", "..", "parley-core", "src", "main", "resources", "dev", "parley", "events", "cameo.tsv")

codes = {}
with open(CAMEO, encoding="utf-8") as fh:
    for line in fh:
        if line.startswith("#") or not line.strip():
            continue
        cells = line.rstrip("\n").split("\t")
        codes[cells[0]] = cells[-1]

ACTOR = re.compile(r"^(?:[A-Z]{3})+$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MODALITIES = {"asserted", "intended", "reported", "hypothetical"}
TOP = {"id", "text", "date", "tags", "expected"}
EVENT = {"source", "target", "code", "modality", "negated", "date"}


def valid_date(s):
    if not DATE.match(s):
        return False
    parts = [int(p) for p in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


errors = []
rows = []
ids = set()
texts = set()
with open(GOLD, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        where = f"line {n}"
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON ({e})")
            continue
        if set(r) != TOP:
            errors.append(f"{where}: fields {sorted(r)} != {sorted(TOP)}")
            continue
        where = f"line {n} ({r['id']})"
        if not re.match(r"^g\d{4}$", str(r["id"])) or r["id"] in ids:
            errors.append(f"{where}: bad or duplicate id")
        ids.add(r["id"])
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append(f"{where}: empty text")
        if r["text"] in texts:
            errors.append(f"{where}: duplicate text")
        texts.add(r["text"])
        if not isinstance(r["date"], str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", r["date"]) or not valid_date(r["date"]):
            errors.append(f"{where}: bad publication date {r['date']!r}")
        elif not "1990-01-01" <= r["date"] <= "2026-12-31":
            errors.append(f"{where}: publication date outside 1990-2026")
        if not isinstance(r["tags"], list) or not all(isinstance(t, str) for t in r["tags"]):
            errors.append(f"{where}: tags must be a list of strings")
        if not isinstance(r["expected"], list):
            errors.append(f"{where}: expected must be a list")
            continue
        if not r["expected"] and "hard-negative" not in r["tags"]:
            errors.append(f"{where}: empty expected without hard-negative tag")
        seen = set()
        for i, e in enumerate(r["expected"]):
            w = f"{where} event {i}"
            if not isinstance(e, dict) or set(e) != EVENT:
                errors.append(f"{w}: fields {sorted(e) if isinstance(e, dict) else e} != {sorted(EVENT)}")
                continue
            if not isinstance(e["source"], str) or not ACTOR.match(e["source"]):
                errors.append(f"{w}: bad source {e['source']!r}")
            if e["target"] is not None and (not isinstance(e["target"], str) or not ACTOR.match(e["target"])):
                errors.append(f"{w}: bad target {e['target']!r}")
            if not isinstance(e["code"], str) or len(e["code"]) not in (3, 4) or e["code"] not in codes:
                errors.append(f"{w}: code {e['code']!r} not a 3/4-digit code in cameo.tsv")
            if e["modality"] not in MODALITIES:
                errors.append(f"{w}: bad modality {e['modality']!r}")
            if not isinstance(e["negated"], bool):
                errors.append(f"{w}: negated must be true/false")
            if e["date"] is None:
                if e["modality"] in ("asserted", "reported"):
                    errors.append(f"{w}: asserted/reported event needs a date")
            elif not isinstance(e["date"], str) or not valid_date(e["date"]):
                errors.append(f"{w}: bad date {e['date']!r}")
            key = json.dumps(e, sort_keys=True)
            if key in seen:
                errors.append(f"{w}: duplicate event")
            seen.add(key)
        rows.append(r)

for e in errors:
    print("ERROR", e)

roots_sent = collections.Counter()
roots_ev = collections.Counter()
tags = collections.Counter()
mods = collections.Counter()
for r in rows:
    for root in {e["code"][:2] for e in r["expected"]}:
        roots_sent[root] += 1
    for e in r["expected"]:
        roots_ev[e["code"][:2]] += 1
        mods[e["modality"]] += 1
    tags.update(r["tags"])

n_events = sum(len(r["expected"]) for r in rows)
print(f"{len(rows)} sentences, {n_events} events, {sum(1 for r in rows if not r['expected'])} hard negatives")
print("modality of events:", dict(mods), " negated events:", sum(e["negated"] for r in rows for e in r["expected"]))
print("root  sentences  events  name")
names = {c: codes[c] for c in codes if len(c) == 2}
for root in sorted(names):
    print(f"  {root}  {roots_sent[root]:9d}  {roots_ev[root]:6d}  {names[root]}")
print("tags (sentences):")
for t, c in tags.most_common():
    print(f"  {t:20s} {c}")
sys.exit(1 if errors else 0)
