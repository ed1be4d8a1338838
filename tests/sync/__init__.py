"""Tests of exchange bundles between sites."""
