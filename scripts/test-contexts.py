#!/usr/bin/env python3
"""Lists the test classes Surefire runs by the Spring application context they need, and counts the contexts.

Spring's test context cache keys a context on its whole configuration: the @SpringBootTest properties and classes,
@Import, @TestPropertySource, @DynamicPropertySource methods, @MockitoBean/@MockitoSpyBean/@TestBean fields,
@ActiveProfiles, @ContextConfiguration, nested @TestConfiguration classes, @DirtiesContext. Two classes that
differ in any of these start two contexts (several seconds each on two cores). This reads the sources (no build):
    python3 scripts/test-contexts.py [--verbose]
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "src" / "test" / "java"
SURE_FIRE = re.compile(r"(^Test.*|.*Tests?|.*TestCase)$")
KEY_ANNOTATIONS = ("SpringBootTest", "WebMvcTest", "DataJdbcTest", "JooqTest", "JsonTest", "SpringJUnitConfig",
                   "ContextConfiguration", "Import", "TestPropertySource", "ActiveProfiles", "DirtiesContext",
                   "H2IntegrationTest", "PostgresIntegrationTest", "AutoConfigureMockMvc")
FIELD_ANNOTATIONS = ("MockitoBean", "MockitoSpyBean", "MockBean", "SpyBean", "TestBean")


def annotation_args(text, start):
    """The text of an annotation's parenthesised arguments starting at text[start] == '(' (nesting aware)."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return text[start + 1:i]
    return ""


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"//[^\n\"]*\n", "\n", text)


class Source:
    def __init__(self, path):
        self.path = path
        self.text = strip_comments(path.read_text())
        self.name = path.stem
        decl = re.search(r"(class|interface|@interface|record|enum)\s+" + re.escape(self.name) + r"\b([^{]*)\{",
                         self.text)
        self.kind = decl.group(1) if decl else None
        imports = list(re.finditer(r"^(?:package|import)\s[^;]*;", self.text[:decl.start()] if decl else "", re.M))
        header = self.text[imports[-1].end() if imports else 0:decl.start()] if decl else ""
        self.abstract = bool(re.search(r"\babstract\s*$", header))
        rest = decl.group(2) if decl else ""
        ext = re.search(r"extends\s+([\w.]+)", rest)
        self.superclass = ext.group(1).split(".")[-1] if ext and self.kind == "class" else None
        self.annotations = []
        for m in re.finditer(r"@([\w.]+)", header):
            simple = m.group(1).split(".")[-1]
            args = annotation_args(header, m.end()) if header[m.end():m.end() + 1] == "(" else ""
            self.annotations.append((simple, " ".join(args.split())))
        body = self.text[decl.end():] if decl else ""
        self.fields = sorted({f"@{a} {t} {n}" for a, t, n in re.findall(
            r"@(" + "|".join(FIELD_ANNOTATIONS) + r")\b(?:\([^)]*\))?\s+(?:private\s+|protected\s+)?([\w.<>]+)\s+(\w+)", body)})
        self.dynamic = bool(re.search(r"@DynamicPropertySource\b", body))
        self.nested_configs = re.findall(r"@(?:TestConfiguration|Configuration)\b(?:\([^)]*\))?\s*(?:\w+\s+)*class\s+(\w+)", body)
        self.tests = len(re.findall(r"@(?:Test|ParameterizedTest|RepeatedTest|TestFactory)\b", body))
        self.conditional = [a for a, _ in self.annotations if a.startswith("Enabled") or a.startswith("Disabled")]


def main():
    sources = {}
    for path in ROOT.rglob("*.java"):
        s = Source(path)
        sources[s.name] = s

    def chain(s):
        while s is not None:
            yield s
            s = sources.get(s.superclass) if s.superclass else None

    def expand(annotations, seen=()):
        """Meta-annotations from this project (H2IntegrationTest etc.) unfolded into what they declare."""
        out = []
        for name, args in annotations:
            meta = sources.get(name)
            if meta is not None and meta.kind == "@interface" and name not in seen:
                out.append((name, ""))
                out.extend(expand(meta.annotations, seen + (name,)))
            elif name in KEY_ANNOTATIONS:
                out.append((name, args))
        return out

    groups = {}
    for s in sources.values():
        if s.kind != "class" or s.abstract or not SURE_FIRE.match(s.name):
            continue
        annotations, fields, owners_dynamic, configs, tests = [], [], [], [], 0
        for c in chain(s):
            annotations += expand(c.annotations)
            fields += c.fields
            configs += [f"{c.name}.{n}" for n in c.nested_configs]
            if c.dynamic:
                owners_dynamic.append(c.name)
            tests += c.tests
        if not any(a in ("SpringBootTest", "WebMvcTest", "SpringJUnitConfig", "ContextConfiguration", "DataJdbcTest",
                         "JooqTest", "JsonTest") for a, _ in annotations):
            key = ("(no Spring context)",)
        else:
            key = tuple(sorted({f"@{a}({v})" if v else f"@{a}" for a, v in annotations}
                               | set(fields) | {f"@DynamicPropertySource in {o}" for o in owners_dynamic}
                               | {f"nested config {c}" for c in configs}))
        conditional = [a for c in chain(s) for a in c.conditional]
        groups.setdefault(key, []).append((s.name, tests, conditional))

    spring = [k for k in groups if k != ("(no Spring context)",)]
    verbose = "--verbose" in sys.argv
    for key in sorted(groups, key=lambda k: (k == ("(no Spring context)",), -len(groups[k]))):
        members = groups[key]
        print(f"== {len(members)} classes, {sum(t for _, t, _ in members)} test methods (declared)")
        for line in key:
            print("   " + (line if verbose or len(line) < 160 else line[:157] + "..."))
        for name, tests, conditional in sorted(members):
            print(f"     {name}" + (f"  [{', '.join(conditional)}]" if conditional else ""))
    always = [k for k in spring if any(not c for _, _, c in groups[k])]
    print(f"\n{len(spring)} distinct Spring contexts ({len(always)} in a default run; the rest only with their "
          f"switch, e.g. -Dscudo.benchmark=true); Spring keeps at most 32 (spring.test.context.cache.maxSize)")


if __name__ == "__main__":
    main()
