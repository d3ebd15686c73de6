"""What an import did, item by item, and the summary printed at the end."""

from collections import Counter
from dataclasses import dataclass, field

# What the summary calls the kinds of things an import makes.
KINDS = {
    "post": "berita",
    "comment": "komentar",
    "person": "orang",
    "section": "rubrik",
    "image": "foto",
}


@dataclass
class Report:
    imported: list = field(default_factory=list)  # (kind, label)
    updated: list = field(default_factory=list)  # (kind, label)
    skipped: list = field(default_factory=list)  # (label, reason)
    failed: list = field(default_factory=list)  # (label, reason)
    warnings: list = field(default_factory=list)  # (label, message)
    created: Counter = field(default_factory=Counter)  # side objects: sections…

    def add_imported(self, kind, label):
        self.imported.append((kind, label))

    def add_updated(self, kind, label):
        self.updated.append((kind, label))

    def skip(self, label, reason):
        self.skipped.append((label, reason))

    def fail(self, label, reason):
        self.failed.append((label, reason))

    def warn(self, label, message):
        self.warnings.append((label, message))

    def lines(self):
        """The summary, one fact per line, reasons included."""
        out = [
            f"Diimpor: {len(self.imported)}{_by_kind(self.imported)}",
            f"Diperbarui: {len(self.updated)}{_by_kind(self.updated)}",
            f"Dilewati: {len(self.skipped)}",
        ]
        out += [f"  - {label}: {reason}" for label, reason in self.skipped]
        out.append(f"Gagal: {len(self.failed)}")
        out += [f"  - {label}: {reason}" for label, reason in self.failed]
        if self.warnings:
            out.append(f"Peringatan: {len(self.warnings)}")
            out += [f"  - {label}: {message}" for label, message in self.warnings]
        if self.created:
            made = ", ".join(
                f"{n} {KINDS.get(kind, kind)}"
                for kind, n in sorted(self.created.items())
            )
            out.append(f"Juga dibuat: {made}")
        return out


def _by_kind(items):
    counts = Counter(kind for kind, _ in items)
    if not counts:
        return ""
    named = sorted((KINDS.get(kind, kind), n) for kind, n in counts.items())
    return " (" + ", ".join(f"{n} {kind}" for kind, n in named) + ")"
