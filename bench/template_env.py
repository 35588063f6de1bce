#!/usr/bin/env python3
"""Prints a function's environment as infra/template.yaml gives it on Lambda, one NAME=value a line.

Usage: template_env.py TEMPLATE FUNCTION

Globals.Function's variables, then the function's own (which win, as SAM merges them). A value that is a Ref to a
parameter takes the parameter's default, a Fn::Join of such Refs the joined defaults; any other intrinsic (MODEL_URI's
Fn::Sub of the stack's bucket) is left out for the caller to set, and named on stderr. The last line is
MEMORY_SIZE=<the function's MemorySize>, which is no variable but what Lambda's runtime sizes the heap from.
"""
import sys

import yaml

template = yaml.safe_load(open(sys.argv[1]))
function = template["Resources"][sys.argv[2]]["Properties"]
globals_ = template.get("Globals", {}).get("Function", {})
parameters = template.get("Parameters", {})


def value(v):
    if isinstance(v, (str, int, float)):
        return str(v)
    if isinstance(v, dict) and list(v) == ["Ref"] and v["Ref"] in parameters:
        d = parameters[v["Ref"]].get("Default", "")
        return ",".join(d) if isinstance(d, list) else str(d)
    if isinstance(v, dict) and list(v) == ["Fn::Join"]:
        sep, parts = v["Fn::Join"]
        parts = [value(p) for p in (parts if isinstance(parts, list) else [parts])]
        return None if None in parts else sep.join(p for p in parts if p != "")
    return None


env = {}
for source in (globals_, function):
    env.update(source.get("Environment", {}).get("Variables", {}))
for name, v in env.items():
    text = value(v)
    if text is None:
        print("template_env.py: %s is set by the caller (%s)" % (name, next(iter(v))), file=sys.stderr)
    else:
        print("%s=%s" % (name, text))
print("MEMORY_SIZE=%s" % function.get("MemorySize", globals_.get("MemorySize", 128)))
