"""The understanding stage: which document each file is and the value of each field."""
