"""The stack as CloudFormation would receive it, checked without an AWS account: does what `sam package` and
CloudFormation would (local CodeUri/DefinitionUri made s3:// URIs, the template's AWS::Include of the gateway's form of
infra/openapi.yaml inlined: function/target/gateway/openapi.yaml, written by the build), then runs the SAM transform
(samtranslator, installed with cfn-lint). Writes target/sam/translated.json for cfn-lint.
Usage: python3 scripts/sam-translate.py (from the project root, after the build)."""
import json
import os
import sys

import yaml
from samtranslator.public.exceptions import InvalidDocumentException
from samtranslator.translator.transform import transform

os.environ.setdefault("AWS_DEFAULT_REGION", "eu-west-1")


class Loader(yaml.SafeLoader):
    """CloudFormation's short tags (!Ref, !Sub, ...) as the long form the transform reads."""


def short_tag(loader, suffix, node):
    key = "Ref" if suffix == "Ref" else "Fn::" + suffix
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
        return {key: value.split(".") if suffix == "GetAtt" else value}
    if isinstance(node, yaml.SequenceNode):
        return {key: loader.construct_sequence(node, deep=True)}
    return {key: loader.construct_mapping(node, deep=True)}


Loader.add_multi_constructor("!", short_tag)
with open("infra/template.yaml") as f:
    template = yaml.load(f, Loader=Loader)
included = 0
for resource in template["Resources"].values():
    props = resource.get("Properties", {})
    if "CodeUri" in props:
        props["CodeUri"] = "s3://bucket/function.zip"
    if "DefinitionUri" in props:
        props["DefinitionUri"] = "s3://bucket/definition.json"
    body = props.get("DefinitionBody")
    include = body.get("Fn::Transform") if isinstance(body, dict) else None
    if include and include.get("Name") == "AWS::Include":
        with open(os.path.join("infra", include["Parameters"]["Location"])) as f:
            props["DefinitionBody"] = yaml.safe_load(f)
        included += 1
if template.get("Globals", {}).get("Function", {}).get("CodeUri"):
    template["Globals"]["Function"]["CodeUri"] = "s3://bucket/function.zip"


class NoManagedPolicies:
    def load(self):
        return {}


try:
    out = transform(template, {}, NoManagedPolicies())
except InvalidDocumentException as e:
    print("SAM transform refused the template:", [str(c) for c in e.causes], file=sys.stderr)
    sys.exit(1)
os.makedirs("target/sam", exist_ok=True)
with open("target/sam/translated.json", "w") as f:
    json.dump(out, f)
print(f"SAM transform: {len(out['Resources'])} resources, {included} AWS::Include inlined -> target/sam/translated.json")
