#!/usr/bin/env python3
"""Fill translations into a Qt .ts catalogue from a JSON file.

    scripts/ts_fill.py translations/campaignforge_ar.ts ar.json

ar.json maps context -> {source text -> translation}; for plural messages the
translation is a list of numerus forms (Arabic has six). Matching entries get
the translation and lose type="unfinished". Prints what is still unfinished,
so a translator can work in passes: run update_translations, then
`scripts/ts_fill.py --list translations/campaignforge_ar.ts` to see the gaps.
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    return ET.parse(path, parser)


def save(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def unfinished(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                yield name, msg.findtext("source"), msg.get("numerus") == "yes"


def main(argv):
    if len(argv) >= 2 and argv[0] == "--list":
        tree = load(argv[1])
        todo = {}
        for ctx, src, numerus in unfinished(tree):
            todo.setdefault(ctx, {})[src] = [] if numerus else ""
        json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if len(argv) != 2:
        print(__doc__)
        return 2
    ts_path, json_path = argv
    with open(json_path, encoding="utf-8") as f:
        table = json.load(f)
    tree = load(ts_path)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        entries = table.get(ctx.findtext("name"), {})
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            if src not in entries or entries[src] in ("", []):
                continue
            tr = msg.find("translation")
            value = entries[src]
            for child in list(tr):
                tr.remove(child)
            if isinstance(value, list):
                tr.text = None
                for form in value:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            tr.attrib.pop("type", None)
            filled += 1
    save(tree, ts_path)
    left = sum(1 for _ in unfinished(tree))
    print(f"filled {filled}, still unfinished {left}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
