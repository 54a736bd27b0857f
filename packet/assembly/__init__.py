"""The assembly stage: the submission PDF (letter, index, stamped exhibits), its parts and email."""
