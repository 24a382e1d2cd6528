#!/usr/bin/env bash
# Counts that describe the shape of the code (docs/architecture.md, "Measured"): public types
# no other module uses, files and methods over their size limits, request parameters parsed by
# hand against bound forms, and the refusal types. Reads the sources only; takes seconds.
#
#   scripts/design-counts.sh [--list]     (--list also names what each count counts)
set -euo pipefail
cd "$(dirname "$0")/.."
list="${1:-}"
python3 - "$list" <<'PY'
import re, sys
from pathlib import Path

list_them = sys.argv[1] == "--list"
root = Path("src/main/java/io/drillbook")
sources = {p: p.read_text() for p in root.rglob("*.java") if p.name != "package-info.java"}
tests = {p: p.read_text() for p in Path("src/test/java/io/drillbook").rglob("*.java")}

def module(path):
    parts = path.relative_to(root).parts
    return parts[0] if len(parts) > 1 else ""

def show(title, items):
    print(f"{len(items):5}  {title}")
    if list_them:
        for item in items:
            print(f"         {item}")

unused = []
for path, text in sources.items():
    m = module(path)
    # Only a module's root package is visible to other modules; its sub-packages are its own.
    if not m or len(path.relative_to(root).parts) > 2:
        continue
    name = path.stem
    if not re.search(rf"^public (final |abstract |sealed |non-sealed )*(class|record|interface|enum) {name}\b", text, re.M):
        continue
    package = ".".join(("io.drillbook",) + path.relative_to(root).parts[:-1])
    pattern = re.compile(rf"\b{re.escape(package)}\.{name}\b|^import {re.escape(package)}\.\*;", re.M)
    used = any(pattern.search(other) for p, other in sources.items() if module(p) != m)
    if not used:
        unused.append(f"{package}.{name}")
show("public types in a module's root package that no other module uses", sorted(unused))

# A class says why it is long with a "Kept whole:" sentence in its type comment.
def type_comment(text):
    declaration = re.search(r"^(?:public |final |abstract |sealed )*(?:class|record|interface|enum) ", text, re.M)
    head = text[:declaration.start()] if declaration else ""
    return head[head.rfind("/**"):] if "/**" in head else ""

long_files = [p for p, t in sources.items() if len(t.splitlines()) > 300]
show("classes over 300 lines without a reason beside them",
     sorted(f"{p.relative_to(root)} ({len(sources[p].splitlines())} lines)" for p in long_files
            if "Kept whole:" not in type_comment(sources[p])))
show("classes over 300 lines that say why they are kept whole",
     sorted(f"{p.relative_to(root)} ({len(sources[p].splitlines())} lines)" for p in long_files
            if "Kept whole:" in type_comment(sources[p])))

long_methods, explained = [], []

def reason_above(lines, number):
    """A comment beginning "Kept whole:" just above the method or its annotations."""
    above = number - 1
    while above >= 0 and lines[above].strip().startswith("@"):
        above -= 1
    while above >= 0 and lines[above].strip().startswith(("//", "*", "/**")):
        if "Kept whole:" in lines[above]:
            return True
        above -= 1
    return False

start = re.compile(r"^\t(?:(?:public|protected|private|static|final|synchronized|default)\s+)*"
                   r"(?:<[^>]+>\s+)?[\w<>\[\], .?]+\s+(\w+)\(")
for path, text in sources.items():
    lines = text.splitlines()
    for number, line in enumerate(lines):
        found = start.match(line)
        if not found or line.strip().startswith(("if", "for", "while", "switch", "return", "else", "new ")):
            continue
        if re.search(r"\b(record|class|interface|enum)\s", line):
            continue
        # A signature may wrap; it ends at the brace that opens the body.
        header = number
        while header < min(number + 4, len(lines) - 1) and not lines[header].rstrip().endswith(("{", ";")):
            header += 1
        if not lines[header].rstrip().endswith("{"):
            continue
        depth, end = 0, header
        for end in range(header, len(lines)):
            depth += lines[end].count("{") - lines[end].count("}")
            if depth == 0:
                break
        if end - number + 1 > 40:
            entry = f"{path.relative_to(root)}: {found.group(1)} ({end - number + 1} lines)"
            (explained if reason_above(lines, number) else long_methods).append(entry)
show("methods over 40 lines without a reason beside them", sorted(long_methods))
show("methods over 40 lines that say why they are kept whole", sorted(explained))

def counted(title, pattern, texts=sources):
    print(f"{sum(len(re.findall(pattern, t)) for t in texts.values()):5}  {title}")

counted("@RequestParam", r"@RequestParam")
counted("@Valid", r"@Valid\b")
counted("BindingResult parameters", r"BindingResult ")
counted("@ExceptionHandler methods", r"@ExceptionHandler")
refusals = sorted(p.stem for p, t in sources.items()
                  if re.search(r"class \w+ extends (RuntimeException|IllegalArgumentException|IllegalStateException)", t))
show("exception types that refuse a request", refusals)
templates = {p: p.read_text() for p in Path("src/main/resources/templates").rglob("*.html")}
counted("th:errors in templates", r"th:errors", templates)
counted("uses of the forms fragments", r"forms :: ", templates)
counted("hand-written <label>s", r"<label", templates)
counted("'String environment' parameters and fields", r"\bString environment\b")
PY
