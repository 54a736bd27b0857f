"""The reading stage: files to pages of words with boxes, from text layers or OCR, with its cache."""
