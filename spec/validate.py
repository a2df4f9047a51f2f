"""Validate a document with openapi-generator's own validator, and refuse it unless every
error is one the generated code cannot be hurt by.

    python3 spec/validate.py GENERATOR SPEC

runs `GENERATOR validate -i SPEC` (GENERATOR is the `openapi-generator-cli` command), shows
everything it says (its warnings too), and exits non-zero when it reports an error of another
kind than a `default` of the wrong type: Trieve 0.13.0 writes `"default": "[Markdown]"` on
an array in three schemas (`LlmGenerationConfig`, `PictureGenerationConfig`,
`AutoGenerationConfig`), which the official client's build skips validation for too. A
default is documentation to the generated client (a field left unset is not sent, and the
server applies its own), so such an error changes nothing the package does. `make generate`
then runs the generator with `--skip-validate-spec`, this check having been made.

The standard library only, like spec/build.py.
"""

from __future__ import annotations

import re
import subprocess
import sys

# The validator's line for a schema's `default` that is not of the schema's type.
SKIPPABLE = re.compile(r"attribute components\.schemas\.[\w.\-]+\.default is not of type `\w+`")
ERROR_LINE = re.compile(r"^\s*-\s*(.*\S)\s*$")


def errors(report: str) -> list[str]:
    """The errors listed under `Errors:` in the validator's report."""
    found: list[str] = []
    listing = False
    for line in report.splitlines():
        if line.strip().startswith(("Errors:", "Warnings:")):
            listing = line.strip().startswith("Errors:")
            continue
        match = ERROR_LINE.match(line)
        if listing and match:
            found.append(match.group(1))
        elif not match:
            listing = False
    return found


def refused(report: str, returncode: int) -> list[str]:
    """The errors that stop the build: every error not of the skippable kind, and the
    validator's failure itself when it failed without listing any error."""
    listed = errors(report)
    unknown = [error for error in listed if not SKIPPABLE.fullmatch(error)]
    if returncode != 0 and not listed:
        unknown.append(f"the validator failed (exit status {returncode}) without naming an error")
    return unknown


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write("usage: spec/validate.py GENERATOR SPEC\n")
        return 2
    generator, spec = argv
    # The command and the document are the Makefile's own arguments, not outside input.
    run = subprocess.run(  # noqa: S603
        [generator, "validate", "-i", spec], capture_output=True, text=True, check=False
    )
    report = run.stdout + run.stderr
    sys.stdout.write(report)
    unknown = refused(report, run.returncode)
    if unknown:
        sys.stderr.write(f"spec/validate.py: {spec} has errors the build does not skip:\n")
        sys.stderr.writelines(f"  - {error}\n" for error in unknown)
        return 1
    if run.returncode != 0:
        sys.stdout.write(
            "spec/validate.py: every error above is a `default` of the wrong type, which the "
            "generated code never uses: generating without the generator's validation.\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
