#!/usr/bin/env python3
"""Checks the service's answers against its OpenAPI document.

validate_responses.py OPENAPI.yaml EXCHANGES.json, where EXCHANGES.json is a
list of {"method", "path", "status", "body"} (body: the response text). Each
body must be JSON valid against the schema the document gives for that
method, path and status (JSON Schema 2020-12, as OpenAPI 3.1 uses), and every
path the document lists must have been exercised. Prints each problem and
exits 1, or exits 0 in silence.
"""
import json
import sys

import jsonschema
import yaml


def main(spec_path, exchanges_path):
    with open(spec_path, encoding="utf-8") as handle:
        spec = yaml.safe_load(handle)
    with open(exchanges_path, encoding="utf-8") as handle:
        exchanges = json.load(handle)
    problems = []
    for exchange in exchanges:
        where = f"{exchange['method']} {exchange['path']} → {exchange['status']}"
        operation = spec["paths"].get(exchange["path"], {}).get(exchange["method"].lower())
        if operation is None:
            problems.append(f"{where}: not in the document")
            continue
        response = operation["responses"].get(str(exchange["status"]))
        if response is None:
            problems.append(f"{where}: status not documented")
            continue
        if "$ref" in response:
            response = spec["components"]["responses"][response["$ref"].split("/")[-1]]
        schema = response["content"]["application/json"]["schema"]
        # The whole document is the root, so "#/components/…" references resolve.
        validator = jsonschema.Draft202012Validator({**spec, **schema})
        try:
            body = json.loads(exchange["body"])
        except ValueError:
            problems.append(f"{where}: body is not JSON")
            continue
        for error in validator.iter_errors(body):
            problems.append(f"{where}: {'/'.join(map(str, error.path))}: {error.message}")
    missing = set(spec["paths"]) - {exchange["path"] for exchange in exchanges}
    problems += [f"{path}: documented but not exercised" for path in sorted(missing)]
    if problems:
        print("\n".join(problems[:30]), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
