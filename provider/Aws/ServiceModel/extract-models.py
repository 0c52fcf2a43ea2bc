#!/usr/bin/env python3
"""Refresh the provider's embedded extracts of the official AWS service models.

The provider validates inputs at Check and writes its schema docs from these extracts, so rules
follow AWS when the models change: re-run this script against the new models and rebuild.

Keeps the operations the provider calls and every shape they reach, flattened to one plain form:
  {"type", "doc", "members": {name: {"shape", "doc"}}, "required", "union", "member", "key",
   "value", "min", "max", "pattern", "enum"}
with documentation turned from HTML into plain text.

usage: provider/Aws/ServiceModel/extract-models.py [dir with the official *.json models]
"""
import html
import json
import os
import re
import sys

USED = {
    "groundstation-2019-05-23.json": ("groundstation.json", [
        "CreateConfig", "GetConfig", "UpdateConfig", "DeleteConfig", "ListConfigs",
        "CreateDataflowEndpointGroup", "CreateDataflowEndpointGroupV2", "GetDataflowEndpointGroup",
        "DeleteDataflowEndpointGroup", "ListDataflowEndpointGroups",
        "CreateMissionProfile", "GetMissionProfile", "UpdateMissionProfile", "DeleteMissionProfile",
        "ListMissionProfiles", "TagResource", "UntagResource", "ListTagsForResource",
    ]),
    "cloudfront-2020-05-31.json": ("cloudfront.json", [
        "CreateConnectionGroup", "GetConnectionGroup", "UpdateConnectionGroup", "DeleteConnectionGroup",
        "ListConnectionGroups", "TagResource", "UntagResource", "ListTagsForResource",
        "CreateAnycastIpList", "GetAnycastIpList", "UpdateAnycastIpList", "DeleteAnycastIpList",
        "ListAnycastIpLists", "ListDistributionsByAnycastIpListId", "ListDistributionTenants",
    ]),
}


def plain(doc):
    if not doc:
        return None
    text = re.sub(r"<[^>]+>", " ", doc)
    text = html.unescape(text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ([.,;:)])", r"\1", text)
    return text or None


def flatten(shape):
    out = {"type": shape["type"]}
    if doc := plain(shape.get("documentation")):
        out["doc"] = doc
    if "members" in shape:
        members = {}
        for name, ref in shape["members"].items():
            member = {"shape": ref["shape"]}
            if doc := plain(ref.get("documentation")):
                member["doc"] = doc
            for loc in ("location", "locationName"):
                if loc in ref:
                    member[loc] = ref[loc]
            members[name] = member
        out["members"] = members
    for key in ("required", "union", "min", "max", "pattern", "enum"):
        if key in shape:
            out[key] = shape[key]
    for ref in ("member", "key", "value"):
        if ref in shape:
            out[ref] = shape[ref]["shape"]
    return out


def main(source_dir):
    out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Models")
    for source, (target, operations) in USED.items():
        with open(os.path.join(source_dir, source), encoding="utf-8") as f:
            model = json.load(f)
        shapes = model["shapes"]
        keep = set()

        def walk(name):
            if name in keep:
                return
            keep.add(name)
            shape = shapes[name]
            for ref in ("member", "key", "value"):
                if ref in shape:
                    walk(shape[ref]["shape"])
            for member in shape.get("members", {}).values():
                walk(member["shape"])

        ops = {}
        for name in operations:
            op = model["operations"][name]
            ops[name] = {k: op[k]["shape"] for k in ("input", "output") if k in op}
            ops[name]["errors"] = [e["shape"] for e in op.get("errors", [])]
            for ref in ("input", "output"):
                if ref in op:
                    walk(op[ref]["shape"])
        extract = {
            "source": source,
            "apiVersion": model["metadata"]["apiVersion"],
            "operations": ops,
            "shapes": {k: flatten(shapes[k]) for k in sorted(keep)},
        }
        with open(os.path.join(out_dir, target), "w", encoding="utf-8") as f:
            json.dump(extract, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(f"{target}: {len(ops)} operations, {len(keep)} shapes")


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "..", "shared", "aws-models"))
