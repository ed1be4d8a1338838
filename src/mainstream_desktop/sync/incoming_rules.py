"""The rules an incoming record must pass before it is stored (EXCHANGE.md: "a record failing
validation for its table: rejected with the reason, shown, never dropped").

A table edited through a record spec (``core.record_registry``) has the same rules for a record
that arrives in a bundle as for one typed here:

- a new record (an insert) must pass the whole spec: required fields, kinds, codes from their
  lists, and the record-level rules (dates in order, a cost with its currency, ...); a spec
  with a form-only field (evidence, chosen as "TYPE:id" and stored in two columns) is checked
  field by field on its stored fields;
- a change of fields must give each field it writes a value that field can hold (required
  fields stay filled, codes from their lists, numbers and dates of their kind).

Record-level rules are not applied to a change of some fields: two sites may each make a valid
edit whose combination breaks such a rule (one moves the start, the other the end), and
refusing one of them would depend on which arrived first, so sites would diverge. Such a record
is stored and shown by the step's own checks, as any incomplete record is.

Tables without a record spec (observations, the exchange's own bookkeeping) have only their
columns' constraints, which the database enforces.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mainstream_desktop.core.problems import Problem
from mainstream_desktop.core.record_registry import ALL_SPECS
from mainstream_desktop.core.record_specs import FieldKind, RecordSpec
from mainstream_desktop.core.records import model_of, validate_values
from mainstream_desktop.core.reference_data import ReferenceData


class IncomingRules:
    """Answers "what is wrong with these values of that table", reading code lists once."""

    def __init__(self, reference: ReferenceData) -> None:
        self._reference = reference
        self._specs: dict[str, RecordSpec] = {}
        for spec in ALL_SPECS.values():
            self._specs.setdefault(model_of(spec).__tablename__, spec)
        self._codes: dict[str, set[str]] = {}

    def covers(self, table_name: str) -> bool:
        return table_name in self._specs

    def new_record_problem(self, table_name: str, values: Mapping[str, Any]) -> str:
        """Why a new record cannot be stored ("" when it can)."""
        spec = self._specs.get(table_name)
        if spec is None:
            return ""
        stored = [f for f in spec.fields if f.name in values]  # a form-only field (evidence "TYPE:id") is stored
        if len(stored) < len(spec.fields):                      # in other columns: its rules need the form
            spec = RecordSpec(**{**spec.__dict__, "fields": tuple(stored), "rules": ()})
        shown = {f.name: values.get(f.name) for f in spec.fields}
        return self._describe(spec, validate_values(spec, shown, self._known_codes(spec)))

    def changed_fields_problem(self, table_name: str, changed: Mapping[str, Any]) -> str:
        """Why these new values of some fields cannot be stored ("" when they can)."""
        spec = self._specs.get(table_name)
        if spec is None:
            return ""
        fields = [f for f in spec.fields if f.name in changed]
        if not fields:
            return ""
        partial = RecordSpec(**{**spec.__dict__, "fields": tuple(fields), "rules": ()})
        return self._describe(spec, validate_values(partial, changed, self._known_codes(spec)))

    def _known_codes(self, spec: RecordSpec) -> dict[str, set[str]]:
        lists = {f.code_list for f in spec.fields if f.kind is FieldKind.CODE and f.code_list}
        if any(f.kind is FieldKind.COUNTRY for f in spec.fields):
            lists.add("COUNTRY")
        for name in lists - set(self._codes):
            self._codes[name] = self._reference.known_codes(name)
        return {name: self._codes[name] for name in lists}

    @staticmethod
    def _describe(spec: RecordSpec, problems: list[Problem]) -> str:
        if not problems:
            return ""
        texts = [str(problem.message) for problem in problems[:3]]
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        return f"it breaks a rule of \u201c{spec.title}\u201d: " + " ".join(texts) + more
