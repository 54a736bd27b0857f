"""The rules: document types (the registry), checklists, the evaluation and its wording."""
