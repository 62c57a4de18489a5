"""Helpers shared by the tests: real servers started for a test session."""
