"""Exchange bundles between sites: keys and trust, export, verify, import and merge, conflicts, history."""
