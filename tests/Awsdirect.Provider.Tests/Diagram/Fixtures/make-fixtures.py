#!/usr/bin/env python3
"""Writes the mission-diagram test fixtures: `pulumi preview --json` digests and `pulumi stack export`
deployments for the repository's example programs, in the shapes Pulumi's sources define
(pkg/backend/display/json.go for the digest; apitype UntypedDeployment / DeploymentV3 / ResourceV3).

Facts the shapes follow: a step's newState is recorded before the step runs (new inputs, no id, no
outputs); oldState is the recorded state; values unknown during preview are the unknown sentinel;
`same` steps are left out unless --show-sames, but the root stack's step is always there; a
replacement is one `replace` step; diagnostics carry their severity prefix. Run it from this folder
after changing it; the JSON files are committed.
"""
import copy
import json

UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"
ACCOUNT = "123456789012"
REGION = "us-east-2"
CONFIG = "awsdirect:groundstation:Config"
GROUP = "awsdirect:groundstation:DataflowEndpointGroup"
PROFILE = "awsdirect:groundstation:MissionProfile"
STACK = "pulumi:pulumi:Stack"


def uuid(n):
    return f"{n:08x}-1111-4222-8333-{n:012x}"


class Stack:
    def __init__(self, project, stack="dev"):
        self.project, self.stack = project, stack
        self.root = self.urn(STACK, f"{project}-{stack}")
        self.provider = f"urn:pulumi:{stack}::{project}::pulumi:providers:awsdirect::default_0_1_0"
        self.provider_id = "c0ffee00-0000-4000-8000-000000000001"

    def urn(self, type_, name, parent_types=()):
        qualified = "$".join(list(parent_types) + [type_])
        return f"urn:pulumi:{self.stack}::{self.project}::{qualified}::{name}"


def resource(stack, urn, type_, inputs, outputs=None, id_=None, parent=None, deps=None, prop_deps=None, custom=True):
    r = {"urn": urn, "custom": custom}
    if id_:
        r["id"] = id_
    r["type"] = type_
    if inputs is not None:
        r["inputs"] = inputs
    if outputs:
        r["outputs"] = outputs
    r["parent"] = parent or stack.root
    if deps:
        r["dependencies"] = deps
    if custom:
        r["provider"] = f"{stack.provider}::{stack.provider_id}"
    if prop_deps:
        r["propertyDependencies"] = prop_deps
    return r


def config_outputs(inputs, n, config_type):
    out = copy.deepcopy(inputs)
    out["arn"] = f"arn:aws:groundstation:{REGION}:{ACCOUNT}:config/{config_type}/{uuid(n)}"
    out["configId"] = uuid(n)
    out["configType"] = config_type
    return out


def group_outputs(inputs, n):
    out = copy.deepcopy(inputs)
    out["arn"] = f"arn:aws:groundstation:{REGION}:{ACCOUNT}:dataflow-endpoint-group/{uuid(n)}"
    out["dataflowEndpointGroupId"] = uuid(n)
    out["endpointsHealth"] = [{"name": d["endpoint"]["name"], "healthStatus": "HEALTHY"} for d in inputs.get("endpointDetails", [])]
    return out


def profile_outputs(inputs, n):
    out = copy.deepcopy(inputs)
    out["arn"] = f"arn:aws:groundstation:{REGION}:{ACCOUNT}:mission-profile/{uuid(n)}"
    out["missionProfileId"] = uuid(n)
    out["region"] = REGION
    return out


def stack_resource(stack, outputs=None):
    return {"urn": stack.root, "custom": False, "type": STACK, **({"outputs": outputs} if outputs else {})}


def provider_resource(stack):
    return {
        "urn": stack.provider, "custom": True, "id": stack.provider_id, "type": "pulumi:providers:awsdirect",
        "inputs": {"region": REGION, "version": "0.1.0"}, "outputs": {"region": REGION, "version": "0.1.0"},
    }


def export(stack, resources):
    return {
        "version": 3,
        "deployment": {
            "manifest": {"time": "2026-12-04T03:00:00.000000000Z", "magic": "0" * 64, "version": "v3.210.0"},
            "secrets_providers": {"type": "passphrase", "state": {"salt": "v1:fixture"}},
            "resources": [stack_resource(stack), provider_resource(stack)] + resources,
        },
    }


def step(op, urn, old=None, new=None, diff=None, replace=None, detailed=None, stack=None):
    s = {"op": op, "urn": urn}
    if stack is not None and urn != stack.root:
        s["provider"] = f"{stack.provider}::{stack.provider_id}"
    if old is not None:
        s["oldState"] = old
    if new is not None:
        s["newState"] = new
    if diff:
        s["diffReasons"] = diff
    if replace:
        s["replaceReasons"] = replace
    if detailed:
        s["detailedDiff"] = {k: {"kind": v, "inputDiff": False} for k, v in detailed.items()}
    return s


def new_state(r, inputs=None):
    """What a preview records before a step runs: the new inputs, no id, no outputs."""
    n = copy.deepcopy(r)
    n.pop("id", None)
    n.pop("outputs", None)
    if inputs is not None:
        n["inputs"] = inputs
    return n


def digest(stack, steps, summary, diagnostics=None):
    d = {"config": {"awsdirect:region": REGION}, "steps": [step("same", stack.root, stack_resource(stack), stack_resource(stack))] + steps}
    if diagnostics:
        d["diagnostics"] = diagnostics
    d["duration"] = 2_345_000_000
    d["changeSummary"] = summary
    return d


def write(name, doc):
    with open(name, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=4, ensure_ascii=False)
        f.write("\n")


# ---------------------------------------------------------------------------------------------
# The root Pulumi.yaml: JPSS-1 demod/decode downlink, wired resource by resource.
flag = Stack("awsdirect-jpss1-downlink")
TAGS = {"mission": "jpss-1"}
DEMOD = json.dumps({"type": "QPSK", "qpsk": {
    "carrierFrequencyRecovery": {"centerFrequency": {"value": 7812, "units": "MHz"}, "range": {"value": 250, "units": "kHz"}},
    "symbolTimingRecovery": {"symbolRate": {"value": 15, "units": "Msps"}, "range": {"value": 0.75, "units": "ksps"},
                             "matchedFilter": {"type": "ROOT_RAISED_COSINE", "rolloffFactor": 0.5}}}}, separators=(",", ":"))
DECODE = json.dumps({"edges": [
    {"from": "I-Ingress", "to": "IQ-Recombiner"}, {"from": "Q-Ingress", "to": "IQ-Recombiner"},
    {"from": "IQ-Recombiner", "to": "CcsdsViterbiDecoder"}, {"from": "CcsdsViterbiDecoder", "to": "NrzmDecoder"},
    {"from": "NrzmDecoder", "to": "UncodedFramesEgress"}],
    "nodeConfigs": {
        "I-Ingress": {"type": "CODED_SYMBOLS_INGRESS", "codedSymbolsIngress": {"source": "I"}},
        "Q-Ingress": {"type": "CODED_SYMBOLS_INGRESS", "codedSymbolsIngress": {"source": "Q"}},
        "IQ-Recombiner": {"type": "IQ_RECOMBINER"},
        "CcsdsViterbiDecoder": {"type": "CCSDS_171_133_VITERBI_DECODER", "ccsds171133ViterbiDecoder": {"codeRate": "ONE_HALF"}},
        "NrzmDecoder": {"type": "NRZ_M_DECODER"},
        "UncodedFramesEgress": {"type": "UNCODED_FRAMES_EGRESS"}}}, separators=(",", ":"))

u_tracking = flag.urn(CONFIG, "tracking")
u_demod = flag.urn(CONFIG, "demodDecode")
u_receiver = flag.urn(CONFIG, "receiverConfig")
u_group = flag.urn(GROUP, "receiverGroup")
u_profile = flag.urn(PROFILE, "missionProfile")

i_tracking = {"name": "jpss1-tracking", "configData": {"trackingConfig": {"autotrack": "PREFERRED"}}, "tags": TAGS}


def demod_inputs(center=7812):
    return {"name": "jpss1-demod-decode", "configData": {"antennaDownlinkDemodDecodeConfig": {
        "spectrumConfig": {"centerFrequency": {"value": center, "units": "MHz"}, "bandwidth": {"value": 30, "units": "MHz"}, "polarization": "RIGHT_HAND"},
        "demodulationConfig": {"unvalidatedJSON": DEMOD}, "decodeConfig": {"unvalidatedJSON": DECODE}}}, "tags": TAGS}


i_receiver = {"name": "jpss1-receiver", "configData": {"dataflowEndpointConfig": {"dataflowEndpointName": "jpss1-receiver"}}, "tags": TAGS}


def group_inputs(port=55888):
    return {"endpointDetails": [{
        "endpoint": {"name": "jpss1-receiver", "address": {"name": "198.51.100.20", "port": port}, "mtu": 1500},
        "securityDetails": {"subnetIds": ["subnet-0a1b2c3d4e5f60718"], "securityGroupIds": ["sg-0f1e2d3c4b5a69788"],
                            "roleArn": f"arn:aws:iam::{ACCOUNT}:role/GroundStationDataflowEndpointRole"}}],
        "contactPrePassDurationSeconds": 120, "contactPostPassDurationSeconds": 120, "tags": TAGS}


def profile_inputs(tracking_arn, source_arn, destination_arn, minimum=180):
    return {"name": "jpss1-downlink", "contactPrePassDurationSeconds": 120, "contactPostPassDurationSeconds": 120,
            "minimumViableContactDurationSeconds": minimum, "trackingConfigArn": tracking_arn,
            "dataflowEdges": [{"source": source_arn, "destination": destination_arn}], "tags": TAGS}


PROFILE_DEPS = {"trackingConfigArn": [u_tracking], "dataflowEdges": [u_demod, u_receiver], "name": [], "tags": []}
PROFILE_ALL_DEPS = [u_tracking, u_demod, u_receiver, u_group]

o_tracking = config_outputs(i_tracking, 1, "tracking")
o_demod = config_outputs(demod_inputs(), 2, "antenna-downlink-demod-decode")
o_receiver = config_outputs(i_receiver, 3, "dataflow-endpoint")
o_group = group_outputs(group_inputs(), 4)
i_profile = profile_inputs(o_tracking["arn"], o_demod["arn"] + "/UncodedFramesEgress", o_receiver["arn"])
o_profile = profile_outputs(i_profile, 5)

s_tracking = resource(flag, u_tracking, CONFIG, i_tracking, o_tracking, uuid(1))
s_demod = resource(flag, u_demod, CONFIG, demod_inputs(), o_demod, uuid(2))
s_receiver = resource(flag, u_receiver, CONFIG, i_receiver, o_receiver, uuid(3))
s_group = resource(flag, u_group, GROUP, group_inputs(), o_group, uuid(4))
s_profile = resource(flag, u_profile, PROFILE, i_profile, o_profile, uuid(5), deps=PROFILE_ALL_DEPS, prop_deps=PROFILE_DEPS)
flag_state = [s_tracking, s_demod, s_receiver, s_group, s_profile]
write("flagship.stack.json", export(flag, flag_state))

# First deploy: every ARN the profile is wired from is unknown in the preview.
first = [
    step("create", u_tracking, new=new_state(s_tracking), stack=flag),
    step("create", u_demod, new=new_state(s_demod), stack=flag),
    step("create", u_receiver, new=new_state(s_receiver), stack=flag),
    step("create", u_group, new=new_state(s_group), stack=flag),
    step("create", u_profile, new=new_state(s_profile, profile_inputs(UNKNOWN, UNKNOWN, UNKNOWN)), stack=flag),
]
write("flagship-first-deploy.preview.json", digest(flag, first, {"create": 5, "same": 1}))

# In place: the demod/decode centre frequency moves to 7815 MHz and the minimum contact to 240 s.
updated_demod = new_state(s_demod, demod_inputs(7815))
updated_profile = new_state(s_profile, profile_inputs(o_tracking["arn"], o_demod["arn"] + "/UncodedFramesEgress", o_receiver["arn"], 240))
update_steps = [
    step("update", u_demod, old=s_demod, new=updated_demod, diff=["configData"],
         detailed={"configData.antennaDownlinkDemodDecodeConfig.spectrumConfig.centerFrequency.value": "update"}, stack=flag),
    step("update", u_profile, old=s_profile, new=updated_profile, diff=["minimumViableContactDurationSeconds"],
         detailed={"minimumViableContactDurationSeconds": "update"}, stack=flag),
]
update_diagnostics = [
    {"urn": u_demod, "severity": "warning", "message":
        f"warning: Config {uuid(2)} (antenna-downlink-demod-decode) will be updated in place (changed: "
        "configData.antennaDownlinkDemodDecodeConfig.spectrumConfig.centerFrequency.value). AWS Ground Station applies config updates only "
        "to contacts scheduled after the update: contacts already scheduled keep the previous parameters; cancel and reschedule them if "
        "they must use the new ones.\n"},
]
write("flagship-update.preview.json", digest(flag, update_steps, {"update": 2, "same": 4}, update_diagnostics))

# Replace: the receiver's port changes, and endpoint groups have no update API.
replace_steps = [
    step("replace", u_group, old=s_group, new=new_state(s_group, group_inputs(55890)), diff=["endpointDetails"],
         replace=["endpointDetails"], detailed={"endpointDetails": "update-replace"}, stack=flag),
]
write("flagship-group-replace.preview.json", digest(flag, replace_steps, {"replace": 1, "same": 5}))

# Destroy (`pulumi destroy --preview-only --json`): dependents first.
destroy_steps = [step("delete", r["urn"], old=r, stack=flag) for r in [s_profile, s_group, s_receiver, s_demod, s_tracking]]
write("flagship-destroy.preview.json", digest(flag, destroy_steps, {"delete": 5, "same": 1}))

# ---------------------------------------------------------------------------------------------
# examples/ec2-downlink: the DownlinkMission component and its children.
comp = Stack("awsdirect-ec2-downlink")
MISSION = "awsdirect:missions:DownlinkMission"
CTAGS = {"mission": "aqua", "stream": "digitized-rf"}
u_comp = comp.urn(MISSION, "aqua")
c_tracking = comp.urn(CONFIG, "aqua-tracking", [MISSION])
c_downlink = comp.urn(CONFIG, "aqua-downlink", [MISSION])
c_group = comp.urn(GROUP, "aqua-endpoint-group", [MISSION])
c_profile = comp.urn(PROFILE, "aqua-profile", [MISSION])


def c_endpoint_urn(name):
    return comp.urn(CONFIG, f"aqua-endpoint-{name}", [MISSION])


SECURITY = {"subnetIds": ["subnet-0a1b2c3d4e5f60718"], "securityGroupIds": ["sg-0f1e2d3c4b5a69788"],
            "roleArn": f"arn:aws:iam::{ACCOUNT}:role/GroundStationDataflowEndpointRole"}
ENDPOINTS = {"aqua-rf": ("198.51.100.30", 55892), "aqua-rf-backup": ("198.51.100.31", 55893)}

ci_tracking = {"name": "aqua-xband-tracking", "configData": {"trackingConfig": {"autotrack": "PREFERRED"}}, "tags": CTAGS}
ci_downlink = {"name": "aqua-xband-downlink", "configData": {"antennaDownlinkConfig": {"spectrumConfig": {
    "centerFrequency": {"value": 8160, "units": "MHz"}, "bandwidth": {"value": 15, "units": "MHz"}, "polarization": "RIGHT_HAND"}}}, "tags": CTAGS}


def ci_endpoint(name):
    return {"name": f"aqua-xband-endpoint-{name}", "configData": {"dataflowEndpointConfig": {"dataflowEndpointName": name}}, "tags": CTAGS}


def ci_group(names):
    return {"tags": CTAGS, "endpointDetails": [{"endpoint": {"name": n, "address": {"name": ENDPOINTS[n][0], "port": ENDPOINTS[n][1]}, "mtu": 1500},
                                                "securityDetails": SECURITY} for n in names]}


def ci_profile(tracking, edges):
    return {"tags": CTAGS, "name": "aqua-xband-profile", "contactPrePassDurationSeconds": 120, "contactPostPassDurationSeconds": 60,
            "minimumViableContactDurationSeconds": 240, "dataflowEdges": [{"source": s, "destination": d} for s, d in edges],
            "trackingConfigArn": tracking}


comp_inputs = {"namePrefix": "aqua-xband", "centerFrequency": {"value": 8160, "units": "MHz"}, "bandwidth": {"value": 15, "units": "MHz"},
               "polarization": "RIGHT_HAND", "autotrack": "PREFERRED", "contactPrePassDurationSeconds": 120,
               "contactPostPassDurationSeconds": 60, "minimumViableContactDurationSeconds": 240,
               "endpoints": [{"name": "aqua-rf", "address": "198.51.100.30", "port": 55892, "mtu": 1500}],
               "subnetIds": ["subnet-0a1b2c3d4e5f60718"], "securityGroupIds": ["sg-0f1e2d3c4b5a69788"],
               "roleArn": f"arn:aws:iam::{ACCOUNT}:role/GroundStationDataflowEndpointRole", "tags": CTAGS}
co_tracking = config_outputs(ci_tracking, 11, "tracking")
co_downlink = config_outputs(ci_downlink, 12, "antenna-downlink")
co_ep = config_outputs(ci_endpoint("aqua-rf"), 13, "dataflow-endpoint")
co_group = group_outputs(ci_group(["aqua-rf"]), 14)
cp_inputs = ci_profile(co_tracking["arn"], [(co_downlink["arn"], co_ep["arn"])])
co_profile = profile_outputs(cp_inputs, 15)
comp_outputs = {"missionProfileArn": co_profile["arn"], "trackingConfigArn": co_tracking["arn"], "downlinkConfigArn": co_downlink["arn"],
                "dataflowEndpointConfigArns": [co_ep["arn"]], "dataflowEndpointGroupArn": co_group["arn"]}

cs_comp = resource(comp, u_comp, MISSION, comp_inputs, comp_outputs, custom=False)
cs_tracking = resource(comp, c_tracking, CONFIG, ci_tracking, co_tracking, uuid(11), parent=u_comp)
cs_downlink = resource(comp, c_downlink, CONFIG, ci_downlink, co_downlink, uuid(12), parent=u_comp)
cs_ep = resource(comp, c_endpoint_urn("aqua-rf"), CONFIG, ci_endpoint("aqua-rf"), co_ep, uuid(13), parent=u_comp)
cs_group = resource(comp, c_group, GROUP, ci_group(["aqua-rf"]), co_group, uuid(14), parent=u_comp)
cs_profile = resource(comp, c_profile, PROFILE, cp_inputs, co_profile, uuid(15), parent=u_comp,
                      deps=[c_group, c_downlink, c_endpoint_urn("aqua-rf"), c_tracking],
                      prop_deps={"dataflowEdges": [c_downlink, c_endpoint_urn("aqua-rf")], "trackingConfigArn": [c_tracking]})
comp_state = [cs_comp, cs_tracking, cs_downlink, cs_ep, cs_group, cs_profile]
write("ec2-downlink.stack.json", export(comp, comp_state))

comp_first = [step("create", u_comp, new=new_state(cs_comp))] + [
    step("create", r["urn"], new=new_state(r), stack=comp) for r in [cs_tracking, cs_downlink, cs_ep, cs_group]
] + [step("create", c_profile, new=new_state(cs_profile, ci_profile(UNKNOWN, [(UNKNOWN, UNKNOWN)])), stack=comp)]
write("ec2-downlink-first-deploy.preview.json", digest(comp, comp_first, {"create": 6, "same": 1}))

# A second receiver: a new endpoint config (ARN unknown), the group replaced with both endpoints, a new edge.
c_backup = c_endpoint_urn("aqua-rf-backup")
cs_backup = resource(comp, c_backup, CONFIG, ci_endpoint("aqua-rf-backup"), None, parent=u_comp)
comp_inputs2 = copy.deepcopy(comp_inputs)
comp_inputs2["endpoints"].append({"name": "aqua-rf-backup", "address": "198.51.100.31", "port": 55893, "mtu": 1500})
profile2 = new_state(cs_profile, ci_profile(co_tracking["arn"], [(co_downlink["arn"], co_ep["arn"]), (co_downlink["arn"], UNKNOWN)]))
profile2["dependencies"] = [c_group, c_downlink, c_endpoint_urn("aqua-rf"), c_backup, c_tracking]
profile2["propertyDependencies"] = {"dataflowEdges": [c_downlink, c_endpoint_urn("aqua-rf"), c_backup], "trackingConfigArn": [c_tracking]}
comp_add = [
    step("update", u_comp, old=cs_comp, new=new_state(cs_comp, comp_inputs2), diff=["endpoints"], detailed={"endpoints": "update"}),
    step("create", c_backup, new=new_state(cs_backup), stack=comp),
    step("replace", c_group, old=cs_group, new=new_state(cs_group, ci_group(["aqua-rf", "aqua-rf-backup"])), diff=["endpointDetails"],
         replace=["endpointDetails"], detailed={"endpointDetails": "update-replace"}, stack=comp),
    step("update", c_profile, old=cs_profile, new=profile2, diff=["dataflowEdges"], detailed={"dataflowEdges[1]": "add"}, stack=comp),
]
write("ec2-downlink-add-endpoint.preview.json", digest(comp, comp_add, {"create": 1, "replace": 1, "update": 2, "same": 4}))

# ---------------------------------------------------------------------------------------------
# examples/jpss1-s3-delivery: the S3DataDelivery component, with AWS classic bucket and role children.
s3 = Stack("awsdirect-jpss1-s3-delivery")
S3MISSION = "awsdirect:missions:S3DataDelivery"
STAGS = {"mission": "jpss-1", "delivery": "s3"}
u_s3 = s3.urn(S3MISSION, "jpss1")
aws_provider = f"urn:pulumi:{s3.stack}::{s3.project}::pulumi:providers:aws::default_7_48_0::{UNKNOWN}"


def s3_child(type_, name):
    return s3.urn(type_, f"jpss1-{name}", [S3MISSION])


b_urn = s3_child("aws:s3/bucket:Bucket", "bucket")
r_urn = s3_child("aws:iam/role:Role", "role")
rp_urn = s3_child("aws:iam/rolePolicy:RolePolicy", "role-policy")
st_urn = s3_child(CONFIG, "tracking")
sd_urn = s3_child(CONFIG, "demod-decode")
sr_urn = s3_child(CONFIG, "recording")
sp_urn = s3_child(PROFILE, "profile")


def aws_child(urn, type_, inputs, deps=None, prop_deps=None):
    r = {"urn": urn, "custom": True, "type": type_, "inputs": inputs, "parent": u_s3, "provider": aws_provider}
    if deps:
        r["dependencies"] = deps
    if prop_deps:
        r["propertyDependencies"] = prop_deps
    return r


s3_demod = demod_inputs()
s3_demod["name"] = "jpss1-s3-demod-decode"
s3_demod["tags"] = STAGS
s3_steps = [
    step("create", u_s3, new={"urn": u_s3, "custom": False, "type": S3MISSION, "inputs": {"namePrefix": "jpss1-s3", "accountId": ACCOUNT}, "parent": s3.root}),
    step("create", b_urn, new=aws_child(b_urn, "aws:s3/bucket:Bucket", {"bucketPrefix": "aws-groundstation-jpss1-s3-", "forceDestroy": False, "tags": STAGS})),
    step("create", r_urn, new=aws_child(r_urn, "aws:iam/role:Role", {"assumeRolePolicy": "{\"Version\":\"2012-10-17\"}", "tags": STAGS})),
    step("create", rp_urn, new=aws_child(rp_urn, "aws:iam/rolePolicy:RolePolicy", {"role": UNKNOWN, "policy": UNKNOWN}, [r_urn, b_urn],
                                        {"role": [r_urn], "policy": [b_urn]})),
    step("create", st_urn, new=resource(s3, st_urn, CONFIG, {"name": "jpss1-s3-tracking", "configData": {"trackingConfig": {"autotrack": "PREFERRED"}}, "tags": STAGS}, parent=u_s3), stack=s3),
    step("create", sd_urn, new=resource(s3, sd_urn, CONFIG, s3_demod, parent=u_s3), stack=s3),
    step("create", sr_urn, new=resource(s3, sr_urn, CONFIG, {"name": "jpss1-s3-recording", "configData": {"s3RecordingConfig": {
        "bucketArn": UNKNOWN, "roleArn": UNKNOWN, "prefix": "{satellite_id}/{year}/{month}/{day}"}}, "tags": STAGS}, parent=u_s3,
        deps=[b_urn, r_urn, rp_urn], prop_deps={"configData": [b_urn, r_urn]}), stack=s3),
    step("create", sp_urn, new=resource(s3, sp_urn, PROFILE, {"name": "jpss1-s3-profile", "minimumViableContactDurationSeconds": 180,
        "dataflowEdges": [{"source": UNKNOWN, "destination": UNKNOWN}], "trackingConfigArn": UNKNOWN, "tags": STAGS}, parent=u_s3,
        deps=[sd_urn, sr_urn, st_urn], prop_deps={"dataflowEdges": [sd_urn, sr_urn], "trackingConfigArn": [st_urn]}), stack=s3),
]
write("jpss1-s3-delivery-first-deploy.preview.json", digest(s3, s3_steps, {"create": 8, "same": 1}))

# ---------------------------------------------------------------------------------------------
# examples/connection-group: CloudFront only, no mission to draw.
cg = Stack("awsdirect-connection-group")
cg_urn = cg.urn("awsdirect:cloudfront:ConnectionGroup", "edge")
cg_state = [resource(cg, cg_urn, "awsdirect:cloudfront:ConnectionGroup", {"name": "media-edge", "enabled": True, "ipv6Enabled": True},
                     {"name": "media-edge", "arn": f"arn:aws:cloudfront::{ACCOUNT}:connection-group/cg_2abc", "etag": "E2QWRUHEXAMPLE"}, "cg_2abc")]
write("connection-group.stack.json", export(cg, cg_state))

# ---------------------------------------------------------------------------------------------
# An agent-based uplink mission (the kinds the examples do not use): antenna uplink, uplink echo, a
# V2 endpoint group with uplink and downlink agent endpoints, a telemetry sink and a streams KMS key.
ag = Stack("awsdirect-agent-uplink")
GROUPV2 = "awsdirect:groundstation:DataflowEndpointGroupV2"
a = {n: ag.urn(CONFIG, n) for n in ["track", "uplink", "echo", "downlink", "ep-up", "ep-down", "ep-echo", "telemetry"]}
a_group = ag.urn(GROUPV2, "agents")
a_profile = ag.urn(PROFILE, "ops")


def uplink_inputs(eirp):
    return {"name": "ops-uplink", "configData": {"antennaUplinkConfig": {"transmitDisabled": False, "spectrumConfig": {
        "centerFrequency": {"value": 2052.5, "units": "MHz"}, "polarization": "RIGHT_HAND"}, "targetEirp": {"value": eirp, "units": "dBW"}}}}


a_out = {}
a_in = {
    "track": {"name": "ops-track", "configData": {"trackingConfig": {"autotrack": "REQUIRED"}}},
    "uplink": uplink_inputs(20),
    "downlink": {"name": "ops-downlink", "configData": {"antennaDownlinkConfig": {"spectrumConfig": {
        "centerFrequency": {"value": 2.2305, "units": "GHz"}, "bandwidth": {"value": 5, "units": "MHz"}, "polarization": "LEFT_HAND"}}}},
    "ep-up": {"name": "ops-ep-up", "configData": {"dataflowEndpointConfig": {"dataflowEndpointName": "ops-uplink"}}},
    "ep-down": {"name": "ops-ep-down", "configData": {"dataflowEndpointConfig": {"dataflowEndpointName": "ops-downlink"}}},
    "ep-echo": {"name": "ops-ep-echo", "configData": {"dataflowEndpointConfig": {"dataflowEndpointName": "ops-echo"}}},
    "telemetry": {"name": "ops-telemetry", "configData": {"telemetrySinkConfig": {"telemetrySinkType": "KINESIS_DATA_STREAM", "telemetrySinkData": {
        "kinesisDataStreamData": {"kinesisRoleArn": f"arn:aws:iam::{ACCOUNT}:role/GroundStationTelemetry",
                                  "kinesisDataStreamArn": f"arn:aws:kinesis:{REGION}:{ACCOUNT}:stream/ops-telemetry"}}}}},
}
types = {"track": "tracking", "uplink": "antenna-uplink", "downlink": "antenna-downlink", "ep-up": "dataflow-endpoint", "ep-down": "dataflow-endpoint",
         "ep-echo": "dataflow-endpoint", "telemetry": "telemetry-sink", "echo": "uplink-echo"}
for i, k in enumerate(["track", "uplink", "downlink", "ep-up", "ep-down", "ep-echo", "telemetry"]):
    a_out[k] = config_outputs(a_in[k], 31 + i, types[k])
a_in["echo"] = {"name": "ops-echo", "configData": {"uplinkEchoConfig": {"enabled": True, "antennaUplinkConfigArn": a_out["uplink"]["arn"]}}}
a_out["echo"] = config_outputs(a_in["echo"], 38, "uplink-echo")


def agent(direction, name, port):
    if direction == "uplink":
        details = {"ingressAddressAndPort": {"socketAddress": {"name": "10.0.1.10", "port": port}, "mtu": 1500},
                   "agentIpAndPortAddress": {"socketAddress": {"name": "10.0.1.20", "portRange": {"minimum": 40000, "maximum": 40010}}, "mtu": 1500}}
    else:
        details = {"agentIpAndPortAddress": {"socketAddress": {"name": "10.0.1.20", "portRange": {"minimum": 41000, "maximum": 41010}}, "mtu": 1500},
                   "egressAddressAndPort": {"socketAddress": {"name": "10.0.2.30", "port": port}, "mtu": 1500}}
    return {f"{direction}AwsGroundStationAgentEndpoint": {"name": name, "dataflowDetails": {"agentConnectionDetails": details}}}


a_group_in = {"endpoints": [agent("uplink", "ops-uplink", 55000), agent("downlink", "ops-downlink", 56000), agent("downlink", "ops-echo", 56001)]}
a_group_out = copy.deepcopy(a_group_in)
a_group_out.update({"arn": f"arn:aws:groundstation:{REGION}:{ACCOUNT}:dataflow-endpoint-group/{uuid(39)}", "dataflowEndpointGroupId": uuid(39)})


def ops_profile(kms):
    return {"name": "ops", "minimumViableContactDurationSeconds": 120, "trackingConfigArn": a_out["track"]["arn"],
            "telemetrySinkConfigArn": a_out["telemetry"]["arn"], "streamsKmsKey": kms,
            "streamsKmsRole": f"arn:aws:iam::{ACCOUNT}:role/GroundStationStreams",
            "dataflowEdges": [{"source": a_out["ep-up"]["arn"], "destination": a_out["uplink"]["arn"]},
                              {"source": a_out["downlink"]["arn"], "destination": a_out["ep-down"]["arn"]},
                              {"source": a_out["echo"]["arn"], "destination": a_out["ep-echo"]["arn"]}]}


a_profile_in = ops_profile({"kmsAliasName": "alias/ops-streams"})
a_state = [resource(ag, a[k], CONFIG, a_in[k], a_out[k], a_out[k]["configId"]) for k in a_in]
a_state.append(resource(ag, a_group, GROUPV2, a_group_in, a_group_out, uuid(39)))
a_state.append(resource(ag, a_profile, PROFILE, a_profile_in, profile_outputs(a_profile_in, 40), uuid(40), deps=[a_group] + list(a.values()),
                        prop_deps={"dataflowEdges": [a[k] for k in ["ep-up", "uplink", "downlink", "ep-down", "echo", "ep-echo"]],
                                   "trackingConfigArn": [a["track"]], "telemetrySinkConfigArn": [a["telemetry"]]}))
write("agent-uplink.stack.json", export(ag, a_state))

s_uplink = next(r for r in a_state if r["urn"] == a["uplink"])
s_ops = a_state[-1]
key_arn = f"arn:aws:kms:{REGION}:{ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab"
a_steps = [
    step("update", a["uplink"], old=s_uplink, new=new_state(s_uplink, uplink_inputs(30)), diff=["configData"],
         detailed={"configData.antennaUplinkConfig.targetEirp.value": "update"}, stack=ag),
    step("update", a_profile, old=s_ops, new=new_state(s_ops, ops_profile({"kmsKeyArn": key_arn})), diff=["streamsKmsKey"],
         detailed={"streamsKmsKey.kmsAliasName": "delete", "streamsKmsKey.kmsKeyArn": "add"}, stack=ag),
]
write("agent-uplink-kms-and-eirp.preview.json", digest(ag, a_steps, {"update": 2, "same": 10}))
