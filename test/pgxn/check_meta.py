#!/usr/bin/env python3
"""Validate a META.json against a JSON schema (test/pgxn/*.schema.json).

    check_meta.py SCHEMA META.json [--builtin]

Uses python3-jsonschema (Debian's package, Draft 7) when it is installed,
else, or with --builtin, the small checker below, which knows exactly the
keywords the PGXN Meta schema of this directory uses and refuses a schema
with any other, so that the two cannot quietly disagree.  Prints every
error as "where: what" and exits 1 if there is one, 0 if the file is valid.
"""

import json
import re
import sys

KNOWN = {"$schema", "$id", "title", "description", "definitions", "$ref",
         "type", "required", "properties", "patternProperties",
         "additionalProperties", "minProperties", "items", "minItems",
         "minLength", "maxLength", "pattern", "enum", "const", "anyOf"}

TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def same(a, b):
    """JSON equality: 0 is not false."""
    return type(a) is type(b) and a == b


class Builtin:
    def __init__(self, schema):
        self.root = schema
        self.walk_schema(schema, "#")

    def walk_schema(self, s, where):
        if isinstance(s, bool):
            return
        unknown = set(s) - KNOWN
        if unknown:
            raise ValueError("%s: keyword(s) %s unknown to the built-in checker"
                             % (where, ", ".join(sorted(unknown))))
        for key in ("properties", "patternProperties", "definitions"):
            for name, sub in s.get(key, {}).items():
                self.walk_schema(sub, "%s/%s/%s" % (where, key, name))
        for key in ("items", "additionalProperties"):
            if isinstance(s.get(key), dict):
                self.walk_schema(s[key], "%s/%s" % (where, key))
        for i, sub in enumerate(s.get("anyOf", [])):
            self.walk_schema(sub, "%s/anyOf/%d" % (where, i))

    def resolve(self, ref):
        if not ref.startswith("#/"):
            raise ValueError("only local $ref are supported: " + ref)
        node = self.root
        for part in ref[2:].split("/"):
            node = node[part]
        return node

    def errors(self, value, s, where="$"):
        if s is True or s == {}:
            return []
        if s is False:
            return ["%s: not allowed" % where]
        if "$ref" in s:
            return self.errors(value, self.resolve(s["$ref"]), where)
        errs = []
        if "type" in s:
            types = s["type"] if isinstance(s["type"], list) else [s["type"]]
            if not any(TYPES[t](value) for t in types):
                return ["%s: %s is not of type %s" % (where, json.dumps(value), " or ".join(types))]
        if "const" in s and not same(value, s["const"]):
            errs.append("%s: %s is not %s" % (where, json.dumps(value), json.dumps(s["const"])))
        if "enum" in s and not any(same(value, e) for e in s["enum"]):
            errs.append("%s: %s is not one of %s" % (where, json.dumps(value), json.dumps(s["enum"])))
        if "anyOf" in s and all(self.errors(value, sub, where) for sub in s["anyOf"]):
            errs.append("%s: %s matches none of the allowed forms" % (where, json.dumps(value)))
        if isinstance(value, str):
            if len(value) < s.get("minLength", 0):
                errs.append("%s: %s is too short" % (where, json.dumps(value)))
            if "maxLength" in s and len(value) > s["maxLength"]:
                errs.append("%s: %s is too long" % (where, json.dumps(value)))
            if "pattern" in s and not re.search(s["pattern"], value):
                errs.append("%s: %s does not match %s" % (where, json.dumps(value), s["pattern"]))
        if isinstance(value, list):
            if len(value) < s.get("minItems", 0):
                errs.append("%s: too few items" % where)
            if "items" in s:
                for i, item in enumerate(value):
                    errs += self.errors(item, s["items"], "%s[%d]" % (where, i))
        if isinstance(value, dict):
            for key in s.get("required", []):
                if key not in value:
                    errs.append("%s: %s is a required property" % (where, json.dumps(key)))
            if len(value) < s.get("minProperties", 0):
                errs.append("%s: too few properties" % where)
            props = s.get("properties", {})
            patterns = s.get("patternProperties", {})
            for key, item in value.items():
                sub_where = "%s.%s" % (where, key)
                matched = False
                if key in props:
                    matched = True
                    errs += self.errors(item, props[key], sub_where)
                for pattern, sub in patterns.items():
                    if re.search(pattern, key):
                        matched = True
                        errs += self.errors(item, sub, sub_where)
                if not matched and "additionalProperties" in s:
                    extra = s["additionalProperties"]
                    if extra is False:
                        errs.append("%s: additional property %s is not allowed" % (where, json.dumps(key)))
                    else:
                        errs += self.errors(item, extra, sub_where)
        return errs


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 2 or set(argv[1:]) - set(args) - {"--builtin"}:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    with open(args[0]) as f:
        schema = json.load(f)
    with open(args[1]) as f:
        try:
            meta = json.load(f)
        except ValueError as e:
            print("%s: not JSON: %s" % (args[1], e))
            return 1

    validator = None
    if "--builtin" not in argv:
        try:
            import jsonschema
            jsonschema.Draft7Validator.check_schema(schema)
            validator = jsonschema.Draft7Validator(schema)
        except ImportError:
            print("check_meta: python3-jsonschema is not installed; using the built-in checker")
    if validator is not None:
        try:
            from importlib.metadata import version
            which = "jsonschema " + version("jsonschema")
        except Exception:
            which = "jsonschema"
        errors = ["$%s: %s" % ("".join("[%d]" % p if isinstance(p, int) else "." + p
                                       for p in e.absolute_path), e.message)
                  for e in validator.iter_errors(meta)]
    else:
        which = "built-in checker"
        errors = Builtin(schema).errors(meta, schema)

    for e in errors:
        print("%s: %s" % (args[1], e))
    if errors:
        print("check_meta: %s is NOT valid (%s, %d error(s))" % (args[1], which, len(errors)))
        return 1
    print("check_meta: %s is valid (%s)" % (args[1], which))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
