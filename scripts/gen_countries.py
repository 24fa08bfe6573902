#!/usr/bin/python3
"""Prints the rows of hotline::detail::country_table from Debian's iso-codes.

Usage: scripts/gen_countries.py > rows.inc   (then paste into country.hpp)
Former states are added by hand below, with the state that continues each.
"""
import json

FORMER = [  # code, name, continued by
    ("SUN", "Soviet Union", "RUS"),
    ("YUG", "Yugoslavia", "SCG"),
    ("SCG", "Serbia and Montenegro", "SRB"),
    ("CSK", "Czechoslovakia", "CZE"),
    ("DDR", "East Germany", "DEU"),
]
UNKNOWN = [("XXX", "unknown state", "")]  # the default Country
RENAMED = {"RUS": "Russia"}

table = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
rows = [(e["alpha_3"], e.get("common_name", e["name"]), "") for e in table]
rows += FORMER + UNKNOWN
for code, name, continued in sorted(rows):
    name = RENAMED.get(code, name).replace('"', '\\"')
    print(f'    {{"{code}", "{name}", "{continued}"}},')
