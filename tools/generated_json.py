"""How the generators write a registry file of registries/generated/: JSON with one record of its
keyed table a line, so that the file stays small and a regeneration's diff readable."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def write_one_a_line(output: Path, data: dict[str, Any], table: str) -> None:
    """Write ``data`` to ``output``, ``data[table]`` one key a line, the other keys indented."""
    rows = data[table].items()
    lines = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in rows]
    head = {k: v for k, v in data.items() if k != table}
    text = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
    text += f",\n {json.dumps(table)}: {{\n  " + ",\n  ".join(lines) + "\n }\n}\n"
    json.loads(text)  # what is written must read back
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
