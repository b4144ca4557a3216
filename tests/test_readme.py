"""The README tells a newcomer what the set-up commands do to the machine (issue 12, defect 9)."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _setup_section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split("## Two commands", 1)[1].split("\n## ", 1)[0]


def test_readme_says_where_the_set_up_installs_readouts():
    setup = _setup_section()
    assert ".venv/bin/readouts" in setup and "source .venv/bin/activate" in setup


def test_readme_names_every_system_package_the_test_script_installs():
    """scripts/test.sh installs system packages with apt-get when run as root: the README's
    set-up section names each, so nobody finds them installed unannounced."""
    script = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    packages = {p for cmd in re.findall(r"apt-get install ([^>&|)\n]+)", script)
                for p in cmd.split() if not p.startswith("-")}
    assert packages, "scripts/test.sh installs nothing with apt-get any more: update this test"
    setup = _setup_section()
    missing = sorted(p for p in packages if f"`{p}`" not in setup)
    assert not missing, f"README's set-up section does not name {missing}"
