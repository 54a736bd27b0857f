"""Shared value types and small utilities every stage uses: the page model, errors, messages, time."""
