"""Every ``RecordSpec`` by its key, so a reference field can find the spec of what it points to."""

from __future__ import annotations

from mainstream_desktop.core.participation_specs import (
    GOVERNMENT_SPECS,
    REGISTRY_SPECS,
    SOCIETY_SPECS,
    SUPPORT_SPECS,
)
from mainstream_desktop.core.planning_specs import MONITORING_SPECS, PLANNING_SPECS
from mainstream_desktop.core.record_specs import PROFILE_RECORDS, RecordSpec
from mainstream_desktop.core.review_specs import HUB_SPECS, REVIEW_SPECS

ALL_SPECS: dict[str, RecordSpec] = {
    spec.key: spec for spec in (*PROFILE_RECORDS, *REGISTRY_SPECS, *GOVERNMENT_SPECS, *SOCIETY_SPECS, *SUPPORT_SPECS,
                                *PLANNING_SPECS, *MONITORING_SPECS, *REVIEW_SPECS)
}


# the hub's cross-country tables: edited at the hub, never part of a workspace's exports
CROSS_COUNTRY_SPECS: dict[str, RecordSpec] = {spec.key: spec for spec in HUB_SPECS}


def spec_by_key(key: str) -> RecordSpec:
    return ALL_SPECS[key] if key in ALL_SPECS else CROSS_COUNTRY_SPECS[key]
