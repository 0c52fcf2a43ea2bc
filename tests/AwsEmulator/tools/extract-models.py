#!/usr/bin/env python3
"""Refresh the emulator's embedded service-model extracts from the official botocore-style models.

Keeps only the operations the emulator serves and the shapes they reach (inputs, outputs, errors),
and drops documentation, so the emulator carries a small, reviewable copy of the spec and runs
without the shared model directory.

usage: tools/extract-models.py <dir with groundstation-2019-05-23.json and cloudfront-2020-05-31.json>
"""
import json
import os
import sys

SERVED = {
    "groundstation-2019-05-23.json": ("groundstation.json", [
        "CreateConfig", "GetConfig", "UpdateConfig", "DeleteConfig", "ListConfigs",
        "CreateDataflowEndpointGroup", "CreateDataflowEndpointGroupV2", "GetDataflowEndpointGroup",
        "DeleteDataflowEndpointGroup", "ListDataflowEndpointGroups",
        "CreateMissionProfile", "GetMissionProfile", "UpdateMissionProfile", "DeleteMissionProfile",
        "ListMissionProfiles", "TagResource", "UntagResource", "ListTagsForResource",
    ]),
    "cloudfront-2020-05-31.json": ("cloudfront.json", [
        "CreateConnectionGroup", "GetConnectionGroup", "GetConnectionGroupByRoutingEndpoint",
        "UpdateConnectionGroup", "DeleteConnectionGroup", "ListConnectionGroups",
        "TagResource", "UntagResource", "ListTagsForResource",
        "CreateAnycastIpList", "GetAnycastIpList", "UpdateAnycastIpList", "DeleteAnycastIpList",
        "ListAnycastIpLists", "ListDistributionsByAnycastIpListId",
        "ListDistributionTenants", "CreateDistributionTenant", "GetDistributionTenant",
        "DeleteDistributionTenant",
    ]),
}


def strip_docs(node):
    if isinstance(node, dict):
        return {k: strip_docs(v) for k, v in node.items() if k not in ("documentation", "documentationUrl")}
    if isinstance(node, list):
        return [strip_docs(v) for v in node]
    return node


def main(source_dir):
    out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Models")
    for source, (target, operations) in SERVED.items():
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
            ops[name] = op
            for ref in ("input", "output"):
                if ref in op:
                    walk(op[ref]["shape"])
            for err in op.get("errors", []):
                walk(err["shape"])
        extract = {
            "version": model.get("version", "2.0"),
            "metadata": model["metadata"],
            "operations": strip_docs(ops),
            "shapes": strip_docs({k: shapes[k] for k in sorted(keep)}),
        }
        with open(os.path.join(out_dir, target), "w", encoding="utf-8") as f:
            json.dump(extract, f, indent=1)
            f.write("\n")
        print(f"{target}: {len(ops)} operations, {len(keep)} shapes")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../../../shared/aws-models")
