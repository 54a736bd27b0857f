"""The third-party corpus bench (``bench_accuracy.py --thirdparty``): documents nobody on the team wrote.

Reads bench/thirdparty/manifest.json (labels made by reading each document), brings the files with
bench/thirdparty/fetch_corpus.py into a folder outside the repository, runs the same stages as the own-set bench
(read_case, classify, extract, second reading, reconcile) and scores them against the labels:

- type accuracy;
- fields: a field is right when the normalised value equals the label. Money is compared as decimals; dates and
  months as strings; account numbers by their digits (the last four alone count as right); names and organisations
  after Unicode NFKC folding (full-width forms), case folding, and dropping spaces, punctuation and a leading title
  (Mr, Mrs, Ms, Dr), a bank's name also without its legal form (plc, Limited, N.A.: the shared input cases give
  bank names so); a label may list several accepted spellings. Recall = right / labelled; precision = right /
  reported, where a value reported for a field the document does not have (``absent``) counts as reported and wrong.
  A field of a document whose type was wrong counts as not found.
- per field, per type, per form, per language and per origin (thirdparty: files from public repositories;
  generated: bench/thirdparty/gen_independent.py, independent layouts for the kinds the repositories lack);
- case level: synthetic cases made of corpus documents, with a checklist, hardship and as-of date chosen so the
  complete ones are complete by their labels, and each minus one document; missing-item precision/recall (the
  checklist on the labels versus on what packet read) and how many cases get the right complete/incomplete verdict.

The same scoring runs on the hold-out set (bench/thirdparty/holdout.json, ``bench_accuracy.py --holdout``): third-party
documents kept apart from the development corpus, with HOLDOUT_CASES and their own checklist file; and on the second
hold-out set (bench/thirdparty/holdout2.json, ``--holdout2``), kept apart from both, with HOLDOUT2_CASES; on the third
(holdout3.json, ``--holdout3``), kept apart from all three, with HOLDOUT3_CASES; on the fourth (holdout4.json,
``--holdout4``) with HOLDOUT4_CASES; on the fifth (holdout5.json, ``--holdout5``) with HOLDOUT5_CASES; on the sixth (holdout6.json, ``--holdout6``) with
HOLDOUT6_CASES; on the seventh (holdout7.json, ``--holdout7``) with HOLDOUT7_CASES; on the eighth (holdout8.json, ``--holdout8``) with HOLDOUT8_CASES; on the ninth (holdout9.json, ``--holdout9``) with HOLDOUT9_CASES; on the tenth (holdout10.json, ``--holdout10``) with HOLDOUT10_CASES; on the eleventh (holdout11.json, ``--holdout11``) with HOLDOUT11_CASES; on the twelfth (holdout12.json, ``--holdout12``) with HOLDOUT12_CASES; on the thirteenth (holdout13.json, ``--holdout13``) with HOLDOUT13_CASES; on the fourteenth (holdout14.json, ``--holdout14``) with HOLDOUT14_CASES; on the fifteenth (holdout15.json, ``--holdout15``) with HOLDOUT15_CASES; on the third independently generated set (bench/thirdparty/independent3.json,
``--independent3``), with INDEP3_CASES; and on the fourth (bench/thirdparty/independent4.json, ``--independent4``,
rebuilt by gen_independent4.py), with INDEP4_CASES; and on the fifth (bench/thirdparty/independent5.json, ``--independent5``,
rebuilt by gen_independent5.py), with INDEP5_CASES; and on the sixth (bench/thirdparty/independent6.json,
``--independent6``, rebuilt by gen_independent6.py), with INDEP6_CASES; and on the seventh
(bench/thirdparty/independent7.json, ``--independent7``, rebuilt by gen_independent7.py), with INDEP7_CASES; and on the
eighth (bench/thirdparty/independent8.json, ``--independent8``, rebuilt by gen_independent8.py), with INDEP8_CASES; and on
the ninth (bench/thirdparty/independent9.json, ``--independent9``, rebuilt by gen_independent9.py), with INDEP9_CASES; and on
the tenth (bench/thirdparty/independent10.json, ``--independent10``, rebuilt by gen_independent10.py), with INDEP10_CASES; and on
the eleventh (bench/thirdparty/independent11.json, ``--independent11``, rebuilt by gen_independent11.py), with INDEP11_CASES; and
on the twelfth (bench/thirdparty/independent12.json, ``--independent12``, rebuilt by gen_independent12.py), with INDEP12_CASES;
and on the thirteenth (bench/thirdparty/independent13.json, ``--independent13``, rebuilt by gen_independent13.py), with
INDEP13_CASES; and on the fourteenth (bench/thirdparty/independent14.json, ``--independent14``, rebuilt by
gen_independent14.py), with INDEP14_CASES; and on the fifteenth (bench/thirdparty/independent15.json,
``--independent15``, rebuilt by gen_independent15.py), with INDEP15_CASES; and on the sixteenth
(bench/thirdparty/independent16.json, ``--independent16``, rebuilt by gen_independent16.py), with INDEP16_CASES; and on
the seventeenth (bench/thirdparty/independent17.json, ``--independent17``, rebuilt by gen_independent17.py), with
INDEP17_CASES; and on the eighteenth (bench/thirdparty/independent18.json, ``--independent18``, rebuilt by
gen_independent18.py), with INDEP18_CASES; and on the nineteenth (bench/thirdparty/independent19.json,
``--independent19``, rebuilt by gen_independent19.py), with INDEP19_CASES; and on the twentieth
(bench/thirdparty/independent20.json, ``--independent20``, rebuilt by gen_independent20.py), with INDEP20_CASES; and on
the twenty-first (bench/thirdparty/independent21.json, ``--independent21``, rebuilt by gen_independent21.py), with
INDEP21_CASES (three of them incomplete by their labels on purpose); on the twenty-second
(bench/thirdparty/independent22.json, ``--independent22``, rebuilt by gen_independent22.py), with INDEP22_CASES (two of
them incomplete by their labels on purpose); on the twenty-third
(bench/thirdparty/independent23.json, ``--independent23``, rebuilt by gen_independent23.py), with INDEP23_CASES (three
of them incomplete by their labels on purpose); on the twenty-fourth (bench/thirdparty/independent24.json,
``--independent24``, rebuilt by gen_independent24.py), with INDEP24_CASES (two of them incomplete by their labels on
purpose); and on the twenty-fifth (bench/thirdparty/independent25.json,
``--independent25``, rebuilt by gen_independent25.py), with INDEP25_CASES (two of them incomplete by their labels on
purpose).

packet's report exposes no per-field confidence yet, so the "wrong with high confidence" column is not computed.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "thirdparty"))

from fetch_corpus import (  # noqa: E402
    HOLDOUT,
    HOLDOUT2,
    HOLDOUT3,
    HOLDOUT4,
    HOLDOUT5,
    HOLDOUT6,
    HOLDOUT7,
    HOLDOUT8,
    HOLDOUT9,
    HOLDOUT10,
    HOLDOUT11,
    HOLDOUT12,
    HOLDOUT13,
    HOLDOUT14,
    HOLDOUT15,
    INDEP3,
    INDEP4,
    INDEP5,
    INDEP6,
    INDEP7,
    INDEP8,
    INDEP9,
    INDEP10,
    INDEP11,
    INDEP12,
    INDEP13,
    INDEP14,
    INDEP15,
    INDEP16,
    INDEP17,
    INDEP18,
    INDEP19,
    INDEP20,
    INDEP21,
    INDEP22,
    INDEP23,
    INDEP24,
    INDEP25,
    MANIFEST,
    default_dest,
    fetch,
    load_manifest,
)

from packet.case.casefile import Applicant, Case, Request  # noqa: E402
from packet.core.model import UNCERTAIN_BELOW, Extracted  # noqa: E402
from packet.pipeline import settle  # noqa: E402
from packet.reading.engines import choose, second_look  # noqa: E402
from packet.reading.ingest import read_case  # noqa: E402
from packet.rules.checklist import load_checklist  # noqa: E402
from packet.rules.evaluate import evaluate  # noqa: E402
from packet.understanding.classify import classify  # noqa: E402
from packet.understanding.extract import extract  # noqa: E402
from packet.understanding.second_look import look_again  # noqa: E402
from packet.understanding.second_reading import improve  # noqa: E402

LANGS = {"en": "eng", "zh": "chi_sim+eng"}
FIELDS = {
    "payslip": ["employer", "employee", "period", "gross_pay", "net_pay"],
    "bank_statement": ["bank", "account_holder", "account_number", "period_start", "period_end", "closing_balance"],
    "medical_bill": ["provider", "patient", "date", "total"],
    "unemployment_proof": ["person", "issuer", "date"],
    "income_proof": ["employer", "employee", "monthly_income", "date"],
    "other": [],
}
MONEY = {"gross_pay", "net_pay", "closing_balance", "total", "monthly_income"}
NAMES = {"employer", "employee", "bank", "account_holder", "provider", "patient", "person", "issuer"}
TITLE = re.compile(r"^(mr|mrs|ms|miss|dr)\.?\s+", re.I)

# Synthetic cases: (name, checklist, hardship, as-of, document ids). Each is complete by its labels; the bench
# also scores each one minus one document.
CASES = [
    ("zh-payslips-text", "zh-stop-collection", "medical", "2026-10-15",
     ["zh-payslip-kv-text", "zh-payslip-daxie-text", "zh-payslip-strip-text", "zh-statement-ccb-text",
      "zh-medical-outpatient-text"]),
    ("zh-payslips-images", "zh-stop-collection", "medical", "2026-10-15",
     ["zh-payslip-kv-scan", "zh-payslip-daxie-photo", "zh-payslip-strip-photo", "zh-statement-ccb-scan",
      "zh-medical-outpatient-photo"]),
    ("zh-unemployed", "zh-reduce-collection", "medical", "2026-10-15",
     ["zh-unemployment-proof-text", "zh-statement-ccb-text", "zh-medical-inpatient-scan"]),
    ("zh-unemployed-photo", "zh-reduce-collection", "medical", "2026-10-20",
     ["zh-unemployment-registration-photo", "zh-statement-ccb-scan", "zh-medical-receipt-photo"]),
    ("en-redundancy", "en-hardship", "medical", "2026-10-20",
     ["en-unemployment-uk-text", "zh-statement-ccb-text", "en-medical-us-text"]),
    ("en-redundancy-images", "en-hardship", "medical", "2026-10-20",
     ["en-unemployment-us-scan", "zh-statement-ccb-scan", "en-medical-uk-photo"]),
]

# The hold-out set's cases (bench/thirdparty/holdout.json): its own checklist file, because no held-out payslip's month
# lines up with a held-out statement's (see holdout-checklist.toml).
HOLDOUT_CHECKLIST = str(HERE / "thirdparty" / "holdout-checklist.toml")
HOLDOUT_CASES = [
    ("us-statement-bill", HOLDOUT_CHECKLIST, "medical", "2024-02-10", ["ho-chase-2024", "ho-bill-cityhospital"]),
    ("inr-statement-bill", HOLDOUT_CHECKLIST, "medical", "2025-01-20", ["ho-northstar-inr", "ho-bill-clearcare"]),
    ("photo-statement", HOLDOUT_CHECKLIST, "unemployment", "2023-08-10", ["ho-peoples-trust-photo"]),
]

# The second hold-out set's cases (bench/thirdparty/holdout2.json): a June 2025 UK payslip with a hospital bill from
# the year before for a medical hardship (holdout2-checklist.toml), as files and as photos; and the annotated 2013
# statement scan against set 1's checklist (one month of statements).
HOLDOUT2_CHECKLIST = str(HERE / "thirdparty" / "holdout2-checklist.toml")
HOLDOUT2_CASES = [
    ("payslip-bill", HOLDOUT2_CHECKLIST, "medical", "2025-07-10", ["h2-payslip-technova", "h2-bill-jilo"]),
    ("payslip-bill-photos", HOLDOUT2_CHECKLIST, "medical", "2025-07-10",
     ["h2-payslip-technova-photo", "h2-bill-jilo-photo"]),
    ("statement-scan", HOLDOUT_CHECKLIST, "unemployment", "2013-03-20", ["h2-birkbeck-annotated"]),
]
# The third hold-out set's cases (bench/thirdparty/holdout3.json): the February 2025 Chinese statement with the
# December 2024 hospital bill for a medical hardship (holdout3-checklist.toml: one month of statements, the holder's
# name optional; a bill within a year, the patient's name optional), as files and as photos; the January 2025 DBS
# statement alone; and the April 2025 payslip on set 2's checklist (last month's payslip).
HOLDOUT3_CHECKLIST = str(HERE / "thirdparty" / "holdout3-checklist.toml")
HOLDOUT3_CASES = [
    ("zh-statement-bill", HOLDOUT3_CHECKLIST, "medical", "2025-03-15", ["h3-cmb-monthly-statement", "h3-bill-care-and-cure"]),
    ("zh-statement-bill-photos", HOLDOUT3_CHECKLIST, "medical", "2025-03-15",
     ["h3-cmb-monthly-statement-photo", "h3-bill-care-and-cure-photo"]),
    ("statement-month", HOLDOUT3_CHECKLIST, "unemployment", "2025-02-10", ["h3-dbs-deposit-statement"]),
    ("payslip-month", HOLDOUT2_CHECKLIST, "unemployment", "2025-05-10", ["h3-payslip-abc-company-php"]),
]
# The fourth hold-out set's cases (bench/thirdparty/holdout4.json): the December 2024 payslip with the September 2024
# hospital bill (files), the same payslip as a photo with a March 2024 hospital itemisation that blacks out the
# patient (holdout4-checklist.toml: last month's payslip; a bill within a year, the patient's name optional); and
# the June 2026 salary-slip screenshot alone.
HOLDOUT4_CHECKLIST = str(HERE / "thirdparty" / "holdout4-checklist.toml")
HOLDOUT4_CASES = [
    ("payslip-bill", HOLDOUT4_CHECKLIST, "medical", "2025-01-10", ["h4-facesync-payslip", "h4-ssm-annotated-hospital-bill"]),
    ("payslip-photo-bill-scan", HOLDOUT4_CHECKLIST, "medical", "2025-01-10",
     ["h4-facesync-payslip-photo", "h4-riverside-itemization"]),
    ("payslip-screenshot", HOLDOUT4_CHECKLIST, "unemployment", "2026-07-10", ["h4-cred-services-salary-slip"]),
]
# The fifth hold-out set's cases (bench/thirdparty/holdout5.json): the May 2025 Antigua paystub with the October 2024
# hospital invoice (holdout5-checklist.toml: last month's payslip; a bill within a year), as files and as photos; the
# January 2018 template slip alone; and the two complete statements on set 3's checklist (one month of statements):
# the April 2026 image-only Canara sample and the photo of the Access Bank statement whose period is all of 2025.
HOLDOUT5_CHECKLIST = str(HERE / "thirdparty" / "holdout5-checklist.toml")
HOLDOUT5_CASES = [
    ("payslip-bill", HOLDOUT5_CHECKLIST, "medical", "2025-06-10", ["h5-antigua-paystub", "h5-apollo-hospital-invoice"]),
    ("payslip-bill-photos", HOLDOUT5_CHECKLIST, "medical", "2025-06-10",
     ["h5-antigua-paystub-photo", "h5-apollo-hospital-invoice-photo"]),
    ("slip-image", HOLDOUT5_CHECKLIST, "unemployment", "2018-02-10", ["h5-exceltemplate-salary-slip"]),
    ("statement-scan", HOLDOUT3_CHECKLIST, "unemployment", "2026-05-10", ["h5-canara-sample-statement-scan"]),
    ("statement-photo", HOLDOUT3_CHECKLIST, "unemployment", "2026-01-10", ["h5-access-bank-statement-photo"]),
]

# The sixth hold-out set's cases (bench/thirdparty/holdout6.json): the October 2024 payslip printed over a template
# picture with the July 2024 diagnostic-centre receipt (holdout6-checklist.toml: last month's payslip; a bill within a
# year), the receipt also as a photo; the January 2024 Indian salary slip alone, as a file and as a photo.
HOLDOUT6_CHECKLIST = str(HERE / "thirdparty" / "holdout6-checklist.toml")
HOLDOUT6_CASES = [
    ("payslip-bill", HOLDOUT6_CHECKLIST, "medical", "2024-11-10",
     ["h6-converse-filled-payslip", "h6-memocares-test-receipt"]),
    ("payslip-bill-photo", HOLDOUT6_CHECKLIST, "medical", "2024-11-10",
     ["h6-converse-filled-payslip", "h6-memocares-test-receipt-photo"]),
    ("slip-file", HOLDOUT6_CHECKLIST, "unemployment", "2024-02-10", ["h6-codecrew-salary-slip"]),
    ("slip-photo", HOLDOUT6_CHECKLIST, "unemployment", "2024-02-10", ["h6-codecrew-salary-slip-photo"]),
]

# The seventh hold-out set's cases (bench/thirdparty/holdout7.json), on checklists already written for sets 3 and 6 (its
# one medical bill names neither provider nor date, so no bill case is made): the July 2025 UK payslip as a file and as
# a photo and the May 2018 Indian payslip (holdout6-checklist.toml: last month's payslip); the January-March 2024
# statement and the October-November 2019 statement as a photo (holdout3-checklist.toml: last month's statements).
HOLDOUT7_CASES = [
    ("uk-payslip-file", HOLDOUT6_CHECKLIST, "unemployment", "2025-08-10", ["h7-brighttech-uk-payslip"]),
    ("uk-payslip-photo", HOLDOUT6_CHECKLIST, "unemployment", "2025-08-10", ["h7-brighttech-uk-payslip-photo"]),
    ("indian-payslip", HOLDOUT6_CHECKLIST, "unemployment", "2018-06-10", ["h7-complitech-payslip"]),
    ("quarter-statement", HOLDOUT3_CHECKLIST, "unemployment", "2024-04-10", ["h7-qnb-synthetic-statement"]),
    ("template-statement-photo", HOLDOUT3_CHECKLIST, "unemployment", "2019-12-10",
     ["h7-bbva-templatelab-statement-photo"]),
]

# The eighth hold-out set's cases (bench/thirdparty/holdout8.json), on the checklists written for sets 3 and 6 (its one
# medical bill prints no total, so no bill case is made): the September 2025 payslip as a file and as a photo
# (holdout6-checklist.toml: last month's payslip); the May 2026 Malaysian statement as a file and as a photo and the
# January-December 2024 statement, whose December covers last month (holdout3-checklist.toml: last month's statements).
HOLDOUT8_CASES = [
    ("payslip-file", HOLDOUT6_CHECKLIST, "unemployment", "2025-10-10", ["h8-digital-dynamics-payslip"]),
    ("payslip-photo", HOLDOUT6_CHECKLIST, "unemployment", "2025-10-10", ["h8-digital-dynamics-payslip-photo"]),
    ("month-statement", HOLDOUT3_CHECKLIST, "unemployment", "2026-06-10", ["h8-rhb-test-statement"]),
    ("month-statement-photo", HOLDOUT3_CHECKLIST, "unemployment", "2026-06-10", ["h8-rhb-test-statement-photo"]),
    ("year-statement", HOLDOUT3_CHECKLIST, "unemployment", "2025-01-10", ["h8-ai-national-12-month-statement"]),
]

# The ninth hold-out set's cases (bench/thirdparty/holdout9.json), on its own checklist (holdout9-checklist.toml: last
# month's payslip, the employer optional; a bill within a year for a medical hardship): the January 2024 payslip as a file
# and as a photo; the November 2024 payslip as a file and as a photo, each with the November 2024 claim invoice.
HOLDOUT9_CHECKLIST = str(HERE / "thirdparty" / "holdout9-checklist.toml")
HOLDOUT9_CASES = [
    ("payslip-file", HOLDOUT9_CHECKLIST, "unemployment", "2024-02-10", ["h9-motorph-payslip"]),
    ("payslip-photo", HOLDOUT9_CHECKLIST, "unemployment", "2024-02-10", ["h9-motorph-payslip-photo"]),
    ("payslip-and-bill", HOLDOUT9_CHECKLIST, "medical", "2024-12-10",
     ["h9-ajra-john-doe-payslip", "h9-lifelink-claim-invoice"]),
    ("payslip-photo-and-bill", HOLDOUT9_CHECKLIST, "medical", "2024-12-10",
     ["h9-ajra-john-doe-payslip-photo", "h9-lifelink-claim-invoice"]),
]

# The tenth hold-out set's cases (bench/thirdparty/holdout10.json), on its own checklist (holdout10-checklist.toml: last
# month's payslip; a bill within a year for a medical hardship): the April 2024 payslip as a file and as a photo; the
# December 2025 salary slip (a screenshot) alone, with the May 2025 test-hospital invoice, and with the photo of the
# January 2025 district-hospital invoice.
HOLDOUT10_CHECKLIST = str(HERE / "thirdparty" / "holdout10-checklist.toml")
HOLDOUT10_CASES = [
    ("payslip-file", HOLDOUT10_CHECKLIST, "unemployment", "2024-05-10", ["h10-rwanda-payslip"]),
    ("payslip-photo", HOLDOUT10_CHECKLIST, "unemployment", "2024-05-10", ["h10-rwanda-payslip-photo"]),
    ("slip-screenshot", HOLDOUT10_CHECKLIST, "income-drop", "2026-01-10", ["h10-obsidian-salary-slip"]),
    ("slip-and-bill", HOLDOUT10_CHECKLIST, "medical", "2026-01-10",
     ["h10-obsidian-salary-slip", "h10-nepal-test-hospital-tax-invoice"]),
    ("slip-and-bill-photo", HOLDOUT10_CHECKLIST, "medical", "2026-01-10",
     ["h10-obsidian-salary-slip", "h10-central-district-invoice-photo"]),
]

# The eleventh hold-out set's cases (bench/thirdparty/holdout11.json), on its own checklist (holdout11-checklist.toml:
# last month's payslip; a bill within a year for a medical hardship): the June 2026 half-month payslip as a file and as
# a photo, alone and with the April 2026 dental invoice (file with file, photo with photo); the July 2025 payslip whose
# net pay is negative.
HOLDOUT11_CHECKLIST = str(HERE / "thirdparty" / "holdout11-checklist.toml")
HOLDOUT11_CASES = [
    ("payslip-file", HOLDOUT11_CHECKLIST, "unemployment", "2026-07-10", ["h11-triple-g-payslip"]),
    ("payslip-photo", HOLDOUT11_CHECKLIST, "unemployment", "2026-07-10", ["h11-triple-g-payslip-photo"]),
    ("negative-net-slip", HOLDOUT11_CHECKLIST, "income-drop", "2025-08-10", ["h11-shri-swami-samarth-payslip"]),
    ("slip-and-bill", HOLDOUT11_CHECKLIST, "medical", "2026-07-10",
     ["h11-triple-g-payslip", "h11-dental-clinic-invoice"]),
    ("slip-and-bill-photos", HOLDOUT11_CHECKLIST, "medical", "2026-07-10",
     ["h11-triple-g-payslip-photo", "h11-dental-clinic-invoice-photo"]),
]

# The twelfth hold-out set's cases (bench/thirdparty/holdout12.json), on its own checklist (holdout12-checklist.toml:
# for an income drop, last month's payslip; for a medical hardship, a bill within a year): the August 2021 Zoonodle
# payslip as a file and as a photo; the September 2004 Froedtert invoice as a file and as a photo; the November 2024
# City Medical Centre receipt as a file and as a photo, and the October 2024 dental bill image. The set's other
# payslips lack an employer or a period and its statements lack a bank or a holder, so no other case is complete by
# its labels; no payslip is near a bill's date, so no case holds both.
HOLDOUT12_CHECKLIST = str(HERE / "thirdparty" / "holdout12-checklist.toml")
HOLDOUT12_CASES = [
    ("payslip-file", HOLDOUT12_CHECKLIST, "income-drop", "2021-09-20", ["h12-zoonodle-payslip"]),
    ("payslip-photo", HOLDOUT12_CHECKLIST, "income-drop", "2021-09-20", ["h12-zoonodle-payslip-photo"]),
    ("bill-file", HOLDOUT12_CHECKLIST, "medical", "2005-03-01", ["h12-froedtert-sample-invoice"]),
    ("bill-photo", HOLDOUT12_CHECKLIST, "medical", "2005-03-01", ["h12-froedtert-sample-invoice-photo"]),
    ("opd-receipt-file", HOLDOUT12_CHECKLIST, "medical", "2025-03-01", ["h12-city-medical-opd-receipt"]),
    ("opd-receipt-photo", HOLDOUT12_CHECKLIST, "medical", "2025-03-01", ["h12-city-medical-opd-receipt-photo"]),
    ("dental-bill-image", HOLDOUT12_CHECKLIST, "medical", "2025-03-01", ["h12-smile-dental-bill-image"]),
]

# The thirteenth hold-out set's cases (bench/thirdparty/holdout13.json), on its own checklist (holdout13-checklist.toml:
# last month's payslip; a bill within a year for a medical hardship): the July 2026 LoanIQ demo payslip as a file, as
# the screenshot its repository commits beside it and as a photo, for an income drop; the same payslip with the
# 25 June 2026 Shifa Hospital lab receipt photo for a medical hardship (file with photo, photo with photo). The set's
# other payslips lack an employer or a period, or print nothing readable, so no other case is complete by its labels.
HOLDOUT13_CHECKLIST = str(HERE / "thirdparty" / "holdout13-checklist.toml")
HOLDOUT13_CASES = [
    ("payslip-file", HOLDOUT13_CHECKLIST, "income-drop", "2026-08-20", ["h13-loaniq-demo-payslip"]),
    ("payslip-screenshot", HOLDOUT13_CHECKLIST, "income-drop", "2026-08-20", ["h13-loaniq-demo-payslip-screenshot"]),
    ("payslip-photo", HOLDOUT13_CHECKLIST, "income-drop", "2026-08-20", ["h13-loaniq-demo-payslip-photo"]),
    ("slip-and-lab-receipt", HOLDOUT13_CHECKLIST, "medical", "2026-08-20",
     ["h13-loaniq-demo-payslip", "h13-shifa-lab-receipt-photo"]),
    ("slip-and-lab-receipt-photos", HOLDOUT13_CHECKLIST, "medical", "2026-08-20",
     ["h13-loaniq-demo-payslip-photo", "h13-shifa-lab-receipt-photo"]),
]

# The fourteenth hold-out set's cases (bench/thirdparty/holdout14.json), on its own checklist (holdout14-checklist.toml:
# last month's payslip only): the Avalon Accounting pay stub specimen (cycle 16-31 August 2023) as its committed image
# and as a photo, as of 2023-09-20; the Design LLC earnings statement (week of 1-7 January 2023) as image and photo, as
# of 2023-02-15. The set's other payslips lack an employer, an employee or a year, or span two months (Acme, May-June
# 2017: either month accepted, so no case rests on it); no bill or statement of the set prints every field.
HOLDOUT14_CHECKLIST = str(HERE / "thirdparty" / "holdout14-checklist.toml")
HOLDOUT14_CASES = [
    ("avalon-stub-image", HOLDOUT14_CHECKLIST, "income-drop", "2023-09-20", ["h14-avalon-pay-stub"]),
    ("avalon-stub-photo", HOLDOUT14_CHECKLIST, "income-drop", "2023-09-20", ["h14-avalon-pay-stub-photo"]),
    ("design-llc-image", HOLDOUT14_CHECKLIST, "income-drop", "2023-02-15", ["h14-design-llc-earnings-statement"]),
    ("design-llc-photo", HOLDOUT14_CHECKLIST, "income-drop", "2023-02-15", ["h14-design-llc-earnings-statement-photo"]),
]

# The fifteenth hold-out set's cases (bench/thirdparty/holdout15.json), on its own checklist (holdout15-checklist.toml:
# last month's payslip, employer and gross pay optional): the student payroll application's Pay-Slip window (Vimox Shah,
# dated 14 Aug 2016, net 94950.0) as its screenshot and as a phone photo, as of 2016-09-20. The Wolf Fuels payslips
# print only a pay date (10 April 2025: April or March both accepted), so no case rests on their month; the set's one
# statement (a crop) names no bank, holder or account, and it holds no medical bill.
HOLDOUT15_CHECKLIST = str(HERE / "thirdparty" / "holdout15-checklist.toml")
HOLDOUT15_CASES = [
    ("payroll-window-image", HOLDOUT15_CHECKLIST, "income-drop", "2016-09-20", ["h15-payroll-app-payslip-window"]),
    ("payroll-window-photo", HOLDOUT15_CHECKLIST, "income-drop", "2016-09-20",
     ["h15-payroll-app-payslip-window-photo"]),
]

# The twenty-second independent set's cases (bench/thirdparty/independent22.json, generated by gen_independent22.py):
# November 2026 documents against independent22-checklist.toml (set 21's rules and dates), as of 2026-12-31; three
# Chinese and three English cases, each one person's documents naming the same person (the Xining terminal printout
# names nobody). Four are complete by their labels and two incomplete in known ways: a Xining dairy filling-line
# worker's list payslip and 收入证明 photographed, his self-service terminal printout scanned and his Tibetan-medicine
# till slip photographed (medical: complete); a laid-off Kaili batik waxer's 解除劳动合同证明书 photographed with her
# village bank's app screen (unemployment: complete); a Sham Shui Po cha chaan teng waitress's bilingual pay slip
# photographed, her bank's two-page statement scanned and her Chinese-medicine clinic receipt photographed (medical:
# the statement's cycle runs 16 Oct - 15 Nov 2026, so 16-30 November is uncovered: bank-statements is missing); a
# Mbale coffee sorter's payslip photographed, her Dr/Cr statement scanned and her hospital invoice photographed
# (medical: complete); a Kandy room attendant's October payslip photographed, her salary certificate of 2026-08-20
# photographed and her November statement scanned (income drop: no November payslip and the certificate is 133 days
# old, so income is missing); a laid-off Sharjah welder's termination letter photographed with his bank's app
# statement screen (unemployment: complete).
INDEP22_CHECKLIST = str(HERE / "thirdparty" / "independent22-checklist.toml")

INDEP22_CASES = [
    ("zh-dairy-filling-line-worker-at-the-tibetan-medicine-hospital", INDEP22_CHECKLIST, "medical", "2026-12-31",
     ["i22-zh-pay-xining-dairy-dotted-list-payslip-photo", "i22-zh-stmt-xining-self-service-terminal-detail-no-name-scan",
      "i22-zh-income-xining-dairy-certificate-chinese-numeral-date-photo",
      "i22-zh-med-xining-tibetan-medicine-thermal-slip-photo"]),
    ("zh-laid-off-batik-waxer", INDEP22_CHECKLIST, "unemployment", "2026-12-31",
     ["i22-zh-unemp-kaili-termination-certificate-ruled-form-photo",
      "i22-zh-stmt-kaili-village-bank-day-grouped-screen-image"]),
    ("zh-cha-chaan-teng-waitress-with-a-mid-month-statement", INDEP22_CHECKLIST, "medical", "2026-12-31",
     ["i22-zh-pay-hk-cha-chaan-teng-bilingual-pay-slip-photo", "i22-zh-stmt-hk-two-page-mid-month-cycle-scan",
      "i22-zh-med-hk-chinese-medicine-clinic-receipt-photo"]),
    ("en-coffee-sorter-in-hospital", INDEP22_CHECKLIST, "medical", "2026-12-31",
     ["i22-en-pay-ug-coffee-hullers-dotted-period-payslip-photo", "i22-en-stmt-ug-dr-cr-flag-column-scan",
      "i22-en-med-ug-hospital-invoice-amount-due-top-photo"]),
    ("en-hotel-room-attendant-with-old-income-papers", INDEP22_CHECKLIST, "income-drop", "2026-12-31",
     ["i22-en-pay-lk-hotel-october-side-by-side-payslip-photo", "i22-en-income-lk-salary-certificate-2026-08-photo",
      "i22-en-stmt-lk-savings-summary-box-at-foot-scan"]),
    ("en-laid-off-ship-repair-welder", INDEP22_CHECKLIST, "unemployment", "2026-12-31",
     ["i22-en-unemp-ae-sharjah-redundancy-termination-letter-photo", "i22-en-stmt-ae-bank-app-statement-screen-image"]),
]


# The third independent set's cases (bench/thirdparty/independent3.json, generated by gen_independent3.py): October 2026
# documents against independent3-checklist.toml (last month's income, statements and, for a medical hardship, a bill),
# Chinese and English, as files, scans and photos; income by payslip, by unemployment proof and by income proof.
INDEP3_CHECKLIST = str(HERE / "thirdparty" / "independent3-checklist.toml")
INDEP3_CASES = [
    ("zh-payslip-files", INDEP3_CHECKLIST, "medical", "2026-11-20",
     ["i3-zh-pay-strip-text", "i3-zh-stmt-icbc-text", "i3-zh-med-ebill-text"]),
    ("zh-payslip-photos", INDEP3_CHECKLIST, "medical", "2026-11-20",
     ["i3-zh-pay-blocks-photo", "i3-zh-stmt-rural-photo", "i3-zh-med-ebill-photo"]),
    ("zh-unemployed-scans", INDEP3_CHECKLIST, "medical", "2026-11-20",
     ["i3-zh-unemployment-reg-photo", "i3-zh-stmt-icbc-scan", "i3-zh-med-inpatient-scan"]),
    ("zh-income-proof", INDEP3_CHECKLIST, "income-drop", "2026-11-20",
     ["i3-zh-income-letter-photo", "i3-zh-stmt-cmb-text"]),
    ("en-payslip-files", INDEP3_CHECKLIST, "medical", "2026-11-20",
     ["i3-en-payslip-uk-text", "i3-en-stmt-uk-bs-text", "i3-en-hospital-us-text"]),
    ("en-unemployed-photos", INDEP3_CHECKLIST, "medical", "2026-11-20",
     ["i3-en-universal-credit-text", "i3-en-stmt-us-cu-photo", "i3-en-hospital-uk-photo"]),
    ("en-paystub-scans", INDEP3_CHECKLIST, "income-drop", "2026-11-20",
     ["i3-en-paystub-us-scan", "i3-en-stmt-au-scan"]),
]
# The fourth independent set's cases (bench/thirdparty/independent4.json, generated by gen_independent4.py): October 2026
# documents against independent4-checklist.toml (last month's income, statements covering last month with the holder's
# name optional, and a bill for a medical hardship), as of 2026-11-20; Chinese and English; files, scans and photos;
# income by payslip, unemployment proof (a benefit award, a resignation certificate, an EI letter) and income proof.
INDEP4_CHECKLIST = str(HERE / "thirdparty" / "independent4-checklist.toml")
INDEP4_CASES = [
    ("zh-payslip-files", INDEP4_CHECKLIST, "medical", "2026-11-20",
     ["i4-zh-gov-treasury-pay-text", "i4-zh-stmt-boc-list-text", "i4-zh-med-outpatient-settle-text"]),
    ("zh-payslip-photos", INDEP4_CHECKLIST, "medical", "2026-11-20",
     ["i4-zh-hospital-perf-pay-photo", "i4-zh-stmt-abc-detail-photo", "i4-zh-med-outpatient-settle-photo"]),
    ("zh-payslip-scans", INDEP4_CHECKLIST, "medical", "2026-11-20",
     ["i4-zh-hospital-perf-pay-scan", "i4-zh-stmt-huishang-monthly-scan", "i4-zh-med-inpatient-list-scan"]),
    ("zh-unemployed-photos", INDEP4_CHECKLIST, "medical", "2026-11-20",
     ["i4-zh-unemp-benefit-notice-photo", "i4-zh-stmt-psbc-kiosk-photo", "i4-zh-med-inpatient-list-scan"]),
    ("zh-resigned", INDEP4_CHECKLIST, "income-drop", "2026-11-20",
     ["i4-zh-resignation-cert-photo", "i4-zh-stmt-boc-list-scan"]),
    ("zh-income-proof", INDEP4_CHECKLIST, "income-drop", "2026-11-20",
     ["i4-zh-income-loan-form-photo", "i4-zh-stmt-abc-detail-text"]),
    ("en-payslip-files", INDEP4_CHECKLIST, "medical", "2026-11-20",
     ["i4-en-paystub-ca-text", "i4-en-stmt-ca-credit-union-text", "i4-en-dental-au-photo"]),
    ("en-unemployed-scans", INDEP4_CHECKLIST, "medical", "2026-11-20",
     ["i4-en-ei-letter-ca-text", "i4-en-stmt-in-savings-scan", "i4-en-dental-au-photo"]),
]
# The fifth independent set's cases (bench/thirdparty/independent5.json, generated by gen_independent5.py): October 2026
# documents against independent5-checklist.toml (last month's payslip, an unemployment proof within 180 days or an
# income proof within 90; statements covering last month; for a medical hardship a bill within a year whose patient may
# be unnamed, as a pharmacy till receipt names nobody), as of 2026-11-20; five Chinese and five English cases, from
# app screenshots, photos, scans and born-digital files.
INDEP5_CHECKLIST = str(HERE / "thirdparty" / "independent5-checklist.toml")
INDEP5_CASES = [
    ("zh-app-pay-files", INDEP5_CHECKLIST, "medical", "2026-11-20",
     ["i5-zh-dingtalk-pay-message-image", "i5-zh-stmt-cmb-flow-text", "i5-zh-outpatient-ebill-text"]),
    ("zh-school-pay-photos", INDEP5_CHECKLIST, "medical", "2026-11-20",
     ["i5-zh-school-staff-pay-row-photo", "i5-zh-stmt-cib-counter-photo", "i5-zh-pharmacy-till-receipt-photo"]),
    ("zh-bank-staff-scans", INDEP5_CHECKLIST, "medical", "2026-11-20",
     ["i5-zh-rural-bank-staff-slip-scan", "i5-zh-stmt-bocom-detail-scan", "i5-zh-inpatient-settlement-list-scan"]),
    ("zh-laid-off", INDEP5_CHECKLIST, "medical", "2026-11-20",
     ["i5-zh-contract-termination-cert-photo", "i5-zh-stmt-village-bank-scan", "i5-zh-outpatient-ebill-photo"]),
    ("zh-registered-unemployed", INDEP5_CHECKLIST, "unemployment", "2026-11-20",
     ["i5-zh-unemp-register-district-photo", "i5-zh-stmt-cmb-flow-photo"]),
    ("zh-income-proof", INDEP5_CHECKLIST, "income-drop", "2026-11-20",
     ["i5-zh-income-proof-table-photo", "i5-zh-stmt-cib-counter-photo"]),
    ("en-payslip-files", INDEP5_CHECKLIST, "medical", "2026-11-20",
     ["i5-en-payslip-za-salary-advice-text", "i5-en-stmt-neobank-export-text", "i5-en-med-uk-physio-invoice-text"]),
    ("en-payslip-photos", INDEP5_CHECKLIST, "medical", "2026-11-20",
     ["i5-en-payslip-ke-utility-photo", "i5-en-stmt-uk-building-society-photo", "i5-en-med-in-ipd-bill-photo"]),
    ("en-laid-off-scans", INDEP5_CHECKLIST, "medical", "2026-11-20",
     ["i5-en-unemp-us-ui-decision-scan", "i5-en-stmt-us-credit-union-scan", "i5-en-med-nz-private-hospital-scan"]),
    ("en-income-letter", INDEP5_CHECKLIST, "income-drop", "2026-11-20",
     ["i5-en-income-verification-sg-photo", "i5-en-stmt-baroda-sb-scan"]),
]
# The sixth independent set's cases (bench/thirdparty/independent6.json, generated by gen_independent6.py): October 2026
# documents against independent6-checklist.toml (last month's payslip, an unemployment proof within 180 days or an
# income proof within 90; statements covering last month, the holder's name optional; for a medical hardship a bill
# within a year), as of 2026-11-20; three Chinese and three English cases.
INDEP6_CHECKLIST = str(HERE / "thirdparty" / "independent6-checklist.toml")
INDEP6_CASES = [
    ("zh-app-and-photos", INDEP6_CHECKLIST, "medical", "2026-11-20",
     ["i6-zh-pay-wecom-message-image", "i6-zh-stmt-spdb-counter-photo", "i6-zh-med-tcm-ebill-photo"]),
    ("zh-laid-off", INDEP6_CHECKLIST, "medical", "2026-11-20",
     ["i6-zh-unemp-leaving-cert-photo", "i6-zh-stmt-cmbc-detail-scan", "i6-zh-med-dental-receipt-photo"]),
    ("zh-income-cert", INDEP6_CHECKLIST, "income-drop", "2026-11-20",
     ["i6-zh-income-cert-software-scan", "i6-zh-stmt-psbc-app-image"]),
    ("en-files", INDEP6_CHECKLIST, "medical", "2026-11-20",
     ["i6-en-payslip-ie-hotel-text", "i6-en-stmt-nz-streamline-text", "i6-en-med-us-ambulance-transport-text"]),
    ("en-jobseeker-scans", INDEP6_CHECKLIST, "medical", "2026-11-20",
     ["i6-en-unemp-au-centrelink-scan", "i6-en-stmt-za-main-account-scan", "i6-en-med-us-ambulance-transport-photo"]),
    ("en-income-letter", INDEP6_CHECKLIST, "income-drop", "2026-11-20",
     ["i6-en-income-letter-ke-photo", "i6-en-stmt-nz-streamline-text"]),
]
# The seventh independent set's cases (bench/thirdparty/independent7.json, generated by gen_independent7.py): October 2026
# documents against independent7-checklist.toml (last month's payslip, an unemployment proof within 180 days or an
# income proof within 90; statements covering last month, the holder's name optional; a bill within a year for a
# medical hardship), as of 2026-11-20; three Chinese and three English cases, each also scored minus one document.
INDEP7_CHECKLIST = str(HERE / "thirdparty" / "independent7-checklist.toml")
INDEP7_CASES = [
    ("zh-files-and-photo", INDEP7_CHECKLIST, "medical", "2026-11-20",
     ["i7-zh-pay-internet-hr-pdf-scan", "i7-zh-stmt-citic-detail-text", "i7-zh-med-community-outpatient-photo"]),
    ("zh-dispatch-app", INDEP7_CHECKLIST, "medical", "2026-11-20",
     ["i7-zh-pay-dispatch-warehouse-photo", "i7-zh-stmt-pingan-app-image", "i7-zh-med-maternity-inpatient-scan"]),
    ("zh-contract-ended", INDEP7_CHECKLIST, "unemployment", "2026-11-20",
     ["i7-zh-unemp-contract-expiry-photo", "i7-zh-stmt-cgb-counter-photo"]),
    ("en-files", INDEP7_CHECKLIST, "medical", "2026-11-20",
     ["i7-en-pay-sg-itemised-text", "i7-en-stmt-maybank-savings-text", "i7-en-med-my-hospital-final-bill-text"]),
    ("en-jobseeker-images", INDEP7_CHECKLIST, "medical", "2026-11-20",
     ["i7-en-unemp-ie-jobseekers-scan", "i7-en-stmt-ie-current-photo", "i7-en-med-ie-ed-charge-photo"]),
    ("en-income-certificate", INDEP7_CHECKLIST, "income-drop", "2026-11-20",
     ["i7-en-income-ph-coec-photo", "i7-en-stmt-maybank-savings-scan"]),
]
# The eighth independent set's cases (bench/thirdparty/independent8.json, generated by gen_independent8.py): October 2026
# documents against independent8-checklist.toml (last month's payslip, the employee's name optional: a pay app's screen
# prints none; an unemployment proof within 180 days or an income proof within 90; statements covering last month, the
# holder's name optional; a bill within a year for a medical hardship), as of 2026-11-20; three Chinese and three English
# cases, each also scored minus one document.
INDEP8_CHECKLIST = str(HERE / "thirdparty" / "independent8-checklist.toml")
INDEP8_CASES = [
    ("zh-app-and-photos", INDEP8_CHECKLIST, "medical", "2026-11-20",
     ["i8-zh-pay-dingtalk-screen-image", "i8-zh-stmt-nbcb-estatement-photo", "i8-zh-med-eye-outpatient-photo"]),
    ("zh-laid-off", INDEP8_CHECKLIST, "medical", "2026-11-20",
     ["i8-zh-unemp-shanghai-tuigong-photo", "i8-zh-stmt-hxb-dual-scan", "i8-zh-med-cancer-settlement-scan"]),
    ("zh-income-proof", INDEP8_CHECKLIST, "income-drop", "2026-11-20",
     ["i8-zh-income-lawfirm-prose-photo", "i8-zh-stmt-webank-app-image"]),
    ("en-hk-files", INDEP8_CHECKLIST, "medical", "2026-11-20",
     ["i8-en-pay-hk-two-column-text", "i8-en-stmt-hk-hangseng-text", "i8-en-med-hk-clinic-photo"]),
    ("en-laid-off", INDEP8_CHECKLIST, "unemployment", "2026-11-20",
     ["i8-en-unemp-bd-termination-photo", "i8-en-stmt-bd-brac-scan"]),
    ("en-job-letter", INDEP8_CHECKLIST, "income-drop", "2026-11-20",
     ["i8-en-income-jm-job-letter-photo", "i8-en-stmt-jm-ncb-photo"]),
]
# The ninth independent set's cases (bench/thirdparty/independent9.json, generated by gen_independent9.py): October 2026
# documents against independent9-checklist.toml (last month's payslip, the employee's name optional; an unemployment
# proof within 180 days or an income proof within 90; statements covering last month, the holder's name optional; a
# bill within a year for a medical hardship), as of 2026-11-20; three Chinese and three English cases, mostly phone
# photos, each also scored minus one document.
INDEP9_CHECKLIST = str(HERE / "thirdparty" / "independent9-checklist.toml")
INDEP9_CASES = [
    ("zh-hospital-photos", INDEP9_CHECKLIST, "medical", "2026-11-20",
     ["i9-zh-pay-county-hospital-strip-photo", "i9-zh-stmt-jiangsu-counter-detail-photo",
      "i9-zh-med-ningdu-tcm-e-receipt-photo"]),
    ("zh-laid-off", INDEP9_CHECKLIST, "unemployment", "2026-11-20",
     ["i9-zh-unemp-longquanyi-benefit-notice-photo", "i9-zh-stmt-shimen-rcc-printout-scan"]),
    ("zh-income-proof", INDEP9_CHECKLIST, "medical", "2026-11-20",
     ["i9-zh-income-pen-filled-blank-photo", "i9-zh-stmt-jiangsu-counter-detail-text",
      "i9-zh-med-private-dental-settlement-photo"]),
    ("en-photos", INDEP9_CHECKLIST, "medical", "2026-11-20",
     ["i9-en-pay-ie-joinery-month10-photo", "i9-en-stmt-ca-kootenay-cu-photo", "i9-en-med-sg-polyclinic-thermal-photo"]),
    ("en-laid-off", INDEP9_CHECKLIST, "unemployment", "2026-11-20",
     ["i9-en-unemp-za-uif-approval-photo", "i9-en-stmt-tt-balance-cr-photo"]),
    ("en-reduced-hours", INDEP9_CHECKLIST, "income-drop", "2026-11-20",
     ["i9-en-income-nb-vet-prose-photo", "i9-en-stmt-ca-kootenay-cu-text"]),
]
# The tenth independent set's cases (bench/thirdparty/independent10.json, generated by gen_independent10.py): October
# 2026 documents against independent10-checklist.toml (the same rules as set 9's: last month's payslip, the employee's
# name optional; an unemployment proof within 180 days or an income proof within 90; statements covering last month,
# the holder's name optional; a bill within a year for a medical hardship), as of 2026-11-20; three Chinese and three
# English cases, mostly phone photos, each also scored minus one document.
INDEP10_CHECKLIST = str(HERE / "thirdparty" / "independent10-checklist.toml")
INDEP10_CASES = [
    ("zh-school-teacher", INDEP10_CHECKLIST, "medical", "2026-11-20",
     ["i10-zh-pay-yunnan-school-strip-photo", "i10-zh-stmt-ganzhou-signed-amount-photo",
      "i10-zh-med-hohhot-community-receipt-photo"]),
    ("zh-laid-off", INDEP10_CHECKLIST, "unemployment", "2026-11-20",
     ["i10-zh-unemp-hohhot-registration-cert-photo", "i10-zh-stmt-zunyi-rcb-landscape-scan"]),
    ("zh-income-proof", INDEP10_CHECKLIST, "medical", "2026-11-20",
     ["i10-zh-income-ccb-loan-template-photo", "i10-zh-stmt-mybank-app-detail-image",
      "i10-zh-med-honghe-inpatient-settlement-scan"]),
    ("en-au-council", INDEP10_CHECKLIST, "medical", "2026-11-20",
     ["i10-en-pay-au-shire-monthly-photo", "i10-en-stmt-au-mutual-app-image",
      "i10-en-med-my-family-clinic-receipt-text"]),
    ("en-redundancy", INDEP10_CHECKLIST, "unemployment", "2026-11-20",
     ["i10-en-unemp-ke-certificate-of-service-photo", "i10-en-stmt-ke-teachers-sacco-photo"]),
    ("en-garment-hospital", INDEP10_CHECKLIST, "medical", "2026-11-20",
     ["i10-en-pay-lk-garment-a5-photo", "i10-en-stmt-ph-thrift-savings-scan", "i10-en-med-ph-riverside-soa-photo"]),
]
# The eleventh independent set's cases (bench/thirdparty/independent11.json, generated by gen_independent11.py): October
# 2026 documents against independent11-checklist.toml (set 10's rules: last month's payslip, the employee's name
# optional; an unemployment proof within 180 days or an income proof within 90; statements covering last month, the
# holder's name optional; a bill within a year for a medical hardship), as of 2026-11-20; three Chinese and three
# English cases, mostly phone photos (a passbook page and an app screen among the statements), each also scored minus
# one document.
INDEP11_CHECKLIST = str(HERE / "thirdparty" / "independent11-checklist.toml")
INDEP11_CASES = [
    ("zh-dispatch-worker", INDEP11_CHECKLIST, "medical", "2026-11-20",
     ["i11-zh-pay-hefei-dispatch-daifa-photo", "i11-zh-stmt-shanxi-rcc-passbook-page-photo",
      "i11-zh-med-hengxian-discharge-settlement-photo"]),
    ("zh-hard-to-employ", INDEP11_CHECKLIST, "unemployment", "2026-11-20",
     ["i11-zh-unemp-xian-hard-to-employ-notice-photo", "i11-zh-stmt-guilin-counter-flag-scan"]),
    ("zh-logistics-income", INDEP11_CHECKLIST, "medical", "2026-11-20",
     ["i11-zh-income-nanning-logistics-table-photo", "i11-zh-stmt-bosc-app-month-image",
      "i11-zh-med-shiyan-maternal-ebill-photo"]),
    ("en-zm-miner", INDEP11_CHECKLIST, "medical", "2026-11-20",
     ["i11-en-pay-zm-copper-concentrator-scan", "i11-en-stmt-bw-premier-savings-photo",
      "i11-en-med-tz-zonal-opd-invoice-photo"]),
    ("en-mt-registered", INDEP11_CHECKLIST, "unemployment", "2026-11-20",
     ["i11-en-unemp-mt-registration-certificate-photo", "i11-en-stmt-mu-bilingual-current-photo"]),
    ("en-na-cashier", INDEP11_CHECKLIST, "medical", "2026-11-20",
     ["i11-en-pay-na-continuous-stationery-photo", "i11-en-stmt-bs-app-chequing-image",
      "i11-en-med-mt-pharmacy-till-photo"]),
]
# The twelfth independent set's cases (bench/thirdparty/independent12.json, generated by gen_independent12.py): October
# 2026 documents against independent12-checklist.toml (set 11's rules: last month's payslip, the employee's name
# optional; an unemployment proof within 180 days or an income proof within 90; statements covering last month, the
# holder's name optional; a bill within a year for a medical hardship), as of 2026-11-20; three Chinese and three
# English cases, mostly phone photos, with two-page statements and bills among them (a passbook spread and an app
# screen among the statements), each also scored minus one document.
INDEP12_CHECKLIST = str(HERE / "thirdparty" / "independent12-checklist.toml")
INDEP12_CASES = [
    ("zh-dispatched-shoemaker", INDEP12_CHECKLIST, "medical", "2026-11-20",
     ["i12-zh-pay-quanzhou-dispatch-confirmation-photo", "i12-zh-stmt-psbc-passbook-open-spread-photo",
      "i12-zh-med-zhanjiang-inpatient-full-list-scan"]),
    ("zh-benefit-claimant", INDEP12_CHECKLIST, "unemployment", "2026-11-20",
     ["i12-zh-unemp-qiqihar-benefit-application-approved-photo", "i12-zh-stmt-jiujiang-two-page-debit-credit-scan"]),
    ("zh-wind-farm-technician", INDEP12_CHECKLIST, "medical", "2026-11-20",
     ["i12-zh-income-jiuquan-wind-letter-photo", "i12-zh-stmt-jiujiang-two-page-debit-credit-text",
      "i12-zh-med-changde-outpatient-seal-over-total-photo"]),
    ("en-mw-tea-supervisor", INDEP12_CHECKLIST, "medical", "2026-11-20",
     ["i12-en-pay-mw-tea-estate-ytd-photo", "i12-en-stmt-ls-savings-value-dates-photo",
      "i12-en-med-pg-day-surgery-tax-invoice-photo"]),
    ("en-im-jobseeker", INDEP12_CHECKLIST, "unemployment", "2026-11-20",
     ["i12-en-unemp-im-jobseekers-award-photo", "i12-en-stmt-bz-credit-union-app-image"]),
    ("en-sz-citrus-foreman", INDEP12_CHECKLIST, "medical", "2026-11-20",
     ["i12-en-income-sz-salary-certificate-photo", "i12-en-stmt-zw-usd-two-page-crdr-scan",
      "i12-en-med-pg-day-surgery-tax-invoice-text"]),
]
# The thirteenth independent set's cases (bench/thirdparty/independent13.json, generated by gen_independent13.py):
# October 2026 documents against independent13-checklist.toml (set 12's rules), as of 2026-11-20; three Chinese and
# three English cases: two-page statements and bills in text and scan, a vertical HR-system slip, an app screen with
# no holder, a passbook page, a booklet spread and a roll receipt among them, each also scored minus one document.
INDEP13_CHECKLIST = str(HERE / "thirdparty" / "independent13-checklist.toml")
INDEP13_CASES = [
    ("zh-rail-parts-fitter", INDEP13_CHECKLIST, "medical", "2026-11-20",
     ["i13-zh-pay-zhuzhou-hr-vertical-list-photo", "i13-zh-stmt-liuyang-rcb-two-page-scan",
      "i13-zh-med-shaoyang-discharge-settlement-photo"]),
    ("zh-registered-jobseeker", INDEP13_CHECKLIST, "unemployment", "2026-11-20",
     ["i13-zh-unemp-zigong-jiuye-booklet-spread-photo", "i13-zh-stmt-liuyang-rcb-two-page-text"]),
    ("zh-school-teacher", INDEP13_CHECKLIST, "medical", "2026-11-20",
     ["i13-zh-income-huaibei-school-form-photo", "i13-zh-stmt-xianning-rcb-app-detail-image",
      "i13-zh-med-anyang-pharmacy-roll-photo"]),
    ("en-sb-cannery-worker", INDEP13_CHECKLIST, "medical", "2026-11-20",
     ["i13-en-pay-sb-cannery-hours-rate-photo", "i13-en-stmt-sl-two-page-lodgements-scan",
      "i13-en-med-dm-two-page-final-bill-scan"]),
    ("en-gg-benefit-claimant", INDEP13_CHECKLIST, "unemployment", "2026-11-20",
     ["i13-en-unemp-gg-benefit-decision-photo", "i13-en-stmt-ck-app-period-screen-image"]),
    ("en-tc-housekeeping-supervisor", INDEP13_CHECKLIST, "medical", "2026-11-20",
     ["i13-en-income-tc-verification-letter-photo", "i13-en-stmt-to-passbook-page-photo",
      "i13-en-med-dm-two-page-final-bill-text"]),
]
# The fourteenth independent set's cases (bench/thirdparty/independent14.json, generated by gen_independent14.py):
# October 2026 documents against independent14-checklist.toml (set 12's rules), as of 2026-11-20; three Chinese and
# three English cases, each person's documents naming the same person (or no one: an app screen, a passbook page): a
# dim, angled photo of a two-line-header pay strip, a two-page statement whose page 2 has no header row, a terminal roll
# and an app screen, a two-page fee list, a credit union's statement with two running balances among them.
INDEP14_CHECKLIST = str(HERE / "thirdparty" / "independent14-checklist.toml")
INDEP14_CASES = [
    ("zh-shipyard-welder", INDEP14_CHECKLIST, "medical", "2026-11-20",
     ["i14-zh-pay-taizhou-shipyard-two-line-strip-photo", "i14-zh-stmt-czb-two-page-counterparty-scan",
      "i14-zh-med-taizhou-gaogang-outpatient-insurance-columns-photo"]),
    ("zh-benefit-claimant", INDEP14_CHECKLIST, "unemployment", "2026-11-20",
     ["i14-zh-unemp-bengbu-benefit-result-screen-image", "i14-zh-stmt-bengbu-terminal-roll-photo"]),
    ("zh-supermarket-supervisor", INDEP14_CHECKLIST, "medical", "2026-11-20",
     ["i14-zh-income-xiaogan-supermarket-letter-photo", "i14-zh-stmt-hubei-bank-app-detail-image",
      "i14-zh-med-xiaogan-tcm-fee-list-two-page-scan"]),
    ("en-packhouse-worker", INDEP14_CHECKLIST, "income-drop", "2026-11-20",
     ["i14-en-pay-nz-kiwifruit-packhouse-photo", "i14-en-stmt-fj-credit-union-passbook-page-photo"]),
    ("en-jsa-claimant", INDEP14_CHECKLIST, "unemployment", "2026-11-20",
     ["i14-en-unemp-ni-jsa-award-letter-photo", "i14-en-stmt-ni-mourne-society-current-photo"]),
    ("en-creamery-worker", INDEP14_CHECKLIST, "income-drop", "2026-11-20",
     ["i14-en-pay-ie-creamery-two-line-header-photo", "i14-en-stmt-ie-credit-union-two-balances-scan"]),
]
# The fifteenth independent set's cases (bench/thirdparty/independent15.json, generated by gen_independent15.py):
# October 2026 documents against independent15-checklist.toml (set 12's rules), as of 2026-11-25; three Chinese and
# three English cases, each person's documents naming the same person: a dim, angled photo of a site's wage roster, a
# passbook page photo and a hospital settlement with a deposit; a leaving certificate with a two-page statement whose
# totals sit at the top; a stand-by allowance notice (an income proof) with an unruled counter print and a crumpled
# clinic list; a dim payslip photo with its bank's statement; a benefit screen with a credit union's right-margin
# balances; a bi-weekly stub, a credit union's two-line-header statement and a Detroit hospital's bill.
INDEP15_CHECKLIST = str(HERE / "thirdparty" / "independent15-checklist.toml")
INDEP15_CASES = [
    ("zh-site-rebar-worker", INDEP15_CHECKLIST, "medical", "2026-11-25",
     ["i15-zh-pay-tongren-site-wage-roster-photo", "i15-zh-stmt-tongren-rcb-passbook-page-photo",
      "i15-zh-med-tongren-inpatient-settlement-deposit-photo"]),
    ("zh-resigned-warehouse-lead", INDEP15_CHECKLIST, "unemployment", "2026-11-25",
     ["i15-zh-unemp-suqian-leaving-certificate-photo", "i15-zh-stmt-suqian-rcb-two-page-summary-top-scan"]),
    ("zh-standby-wire-drawer", INDEP15_CHECKLIST, "medical", "2026-11-25",
     ["i15-zh-income-yingtan-standby-allowance-notice-photo", "i15-zh-stmt-yingtan-rcb-counter-unruled-scan",
      "i15-zh-med-yingtan-community-outpatient-list-photo"]),
    ("en-agro-stores-clerk", INDEP15_CHECKLIST, "income-drop", "2026-11-25",
     ["i15-en-pay-ke-nakuru-agro-dealer-payslip-photo", "i15-en-stmt-ke-nakuru-branch-statement-photo"]),
    ("en-nib-claimant", INDEP15_CHECKLIST, "unemployment", "2026-11-25",
     ["i15-en-unemp-bs-nib-benefit-status-screen-image", "i15-en-stmt-bs-credit-union-right-margin-text"]),
    ("en-tool-die-machinist", INDEP15_CHECKLIST, "medical", "2026-11-25",
     ["i15-en-pay-ca-windsor-biweekly-stub-scan", "i15-en-stmt-ca-credit-union-two-line-heads-scan",
      "i15-en-med-us-detroit-emergency-statement-photo"]),
]
# The sixteenth independent set's cases (bench/thirdparty/independent16.json, generated by gen_independent16.py):
# October 2026 documents against independent16-checklist.toml (set 12's rules), as of 2026-11-27; three Chinese and
# three English cases, each person's documents naming the same person where they name one: a sick-pay certificate (an
# income proof) photographed, a village bank's landscape statement photographed and a 医保 settlement scan; a benefit
# approval notice with a rural credit co-operative's two-page statement; a ride-hailing driver's income screen, his
# bank's app screen (no holder) and an outpatient e-bill; a dim Irish payslip photo with the bank's landscape scan; a
# Kentucky determination letter, a credit union statement and an urgent-care bill, all photographed; a New Zealand pay
# advice scan with the building society's statement.
INDEP16_CHECKLIST = str(HERE / "thirdparty" / "independent16-checklist.toml")
INDEP16_CASES = [
    ("zh-sick-leave-weaver", INDEP16_CHECKLIST, "medical", "2026-11-27",
     ["i16-zh-income-luan-sick-pay-certificate-photo", "i16-zh-stmt-luan-village-bank-landscape-photo",
      "i16-zh-med-luan-inpatient-insurance-settlement-scan"]),
    ("zh-laid-off-building-materials-worker", INDEP16_CHECKLIST, "unemployment", "2026-11-27",
     ["i16-zh-unemp-huanggang-benefit-approval-notice-scan", "i16-zh-stmt-huanggang-rcc-two-page-scan"]),
    ("zh-ride-hailing-driver", INDEP16_CHECKLIST, "medical", "2026-11-27",
     ["i16-zh-pay-luohe-ride-hailing-income-screen-image", "i16-zh-stmt-luohe-city-bank-app-screen-image",
      "i16-zh-med-luohe-outpatient-e-bill-image"]),
    ("en-plastics-moulder", INDEP16_CHECKLIST, "income-drop", "2026-11-27",
     ["i16-en-pay-ie-limerick-monthly-payslip-photo", "i16-en-stmt-ie-limerick-bank-landscape-scan"]),
    ("en-laid-off-trim-worker", INDEP16_CHECKLIST, "medical", "2026-11-27",
     ["i16-en-unemp-us-kentucky-determination-letter-photo", "i16-en-stmt-us-kentucky-credit-union-photo",
      "i16-en-med-us-kentucky-urgent-care-statement-photo"]),
    ("en-packhouse-worker", INDEP16_CHECKLIST, "income-drop", "2026-11-27",
     ["i16-en-pay-nz-tauranga-fortnightly-payslip-scan", "i16-en-stmt-nz-tauranga-building-society-text"]),
]
# The seventeenth independent set's cases (bench/thirdparty/independent17.json, generated by gen_independent17.py):
# October 2026 documents against independent17-checklist.toml (set 12's rules), as of 2026-11-26; three Chinese and
# three English cases, each one person's documents naming the same person: a coal washery's termination certificate
# photographed with the city bank's two-page export (a cover of totals, the rows on page 2) scanned; a furniture
# worker's spreadsheet pay strip and her bank's landscape counter print, both photographed, with the hospital's two-page
# itemised list scanned; a hotel's six-month income certificate scanned, the bank's app month screen and the dental
# clinic's pen-filled fee slip photographed; a Nashik salary slip photographed with the co-operative bank's statement
# scanned; a P45 photographed with the two-page Sunderland statement; an employer's verification of employment and
# income, the credit union's statement photographed and the ambulance statement scanned.
INDEP17_CHECKLIST = str(HERE / "thirdparty" / "independent17-checklist.toml")
INDEP17_CASES = [
    ("zh-laid-off-coal-washery-worker", INDEP17_CHECKLIST, "unemployment", "2026-11-26",
     ["i17-zh-unemp-hegang-coal-washery-termination-certificate-photo",
      "i17-zh-stmt-hegang-city-bank-export-with-cover-scan"]),
    ("zh-furniture-worker-in-hospital", INDEP17_CHECKLIST, "medical", "2026-11-26",
     ["i17-zh-pay-panzhihua-furniture-spreadsheet-strip-photo",
      "i17-zh-stmt-panzhihua-rcb-counter-landscape-signed-photo",
      "i17-zh-med-panzhihua-inpatient-itemised-list-two-page-scan"]),
    ("zh-hotel-room-attendant-at-the-dentist", INDEP17_CHECKLIST, "medical", "2026-11-26",
     ["i17-zh-income-yanji-hotel-six-month-income-certificate-scan", "i17-zh-stmt-yanji-city-bank-app-month-screen-image",
      "i17-zh-med-yanji-dental-clinic-handwritten-fee-slip-photo"]),
    ("en-cnc-operator", INDEP17_CHECKLIST, "income-drop", "2026-11-26",
     ["i17-en-pay-in-nashik-auto-parts-salary-slip-photo", "i17-en-stmt-in-nashik-urban-coop-bank-cr-scan"]),
    ("en-laid-off-parcel-hub-worker", INDEP17_CHECKLIST, "unemployment", "2026-11-26",
     ["i17-en-unemp-uk-sunderland-p45-part-1a-photo", "i17-en-stmt-uk-sunderland-two-page-paid-in-first-text"]),
    ("en-care-aide-after-an-ambulance-ride", INDEP17_CHECKLIST, "medical", "2026-11-26",
     ["i17-en-income-us-spokane-verification-of-employment-text",
      "i17-en-stmt-us-spokane-credit-union-check-register-photo",
      "i17-en-med-us-spokane-ambulance-statement-stub-on-top-scan"]),
]
# The eighteenth independent set's cases (bench/thirdparty/independent18.json, generated by gen_independent18.py):
# October 2026 documents against independent18-checklist.toml (set 12's rules), as of 2026-11-25; three Chinese and
# three English cases, each one person's documents naming the same person: a porcelain painter's boxed pay slip
# photographed with a thumb on it and her village bank's dot-matrix counter print photographed under a warm lamp; a
# laid-off refractory worker's benefit voucher photographed folded with the bilingual two-page statement scanned; a
# herbal-slices worker's income certificate photographed at an angle, her bank app's screen (no holder's name) and the
# hospital's electronic bill as screenshots; a sawmill worker's pay stub photographed in warm light with the credit
# union's statement scanned; a Fiji boatyard laminator's termination notice photographed folded with the bank's
# statement; a scale-house operator's employer statement of earnings photographed, the bank app's screen and the
# hospital's two-page itemised statement scanned.
INDEP18_CHECKLIST = str(HERE / "thirdparty" / "independent18-checklist.toml")
INDEP18_CASES = [
    ("zh-porcelain-painter", INDEP18_CHECKLIST, "income-drop", "2026-11-25",
     ["i18-zh-pay-jingdezhen-porcelain-boxed-slip-photo", "i18-zh-stmt-jingdezhen-village-bank-dot-matrix-print-photo"]),
    ("zh-laid-off-refractory-worker", INDEP18_CHECKLIST, "unemployment", "2026-11-25",
     ["i18-zh-unemp-pingxiang-benefit-payment-voucher-photo", "i18-zh-stmt-pingxiang-bilingual-two-page-scan"]),
    ("zh-herbal-slices-worker-at-the-hospital", INDEP18_CHECKLIST, "medical", "2026-11-25",
     ["i18-zh-income-bozhou-herb-company-certificate-photo", "i18-zh-stmt-bozhou-bank-app-screen-image",
      "i18-zh-med-bozhou-outpatient-ebill-qr-image"]),
    ("en-sawmill-planer-operator", INDEP18_CHECKLIST, "income-drop", "2026-11-25",
     ["i18-en-pay-ca-kamloops-mill-pay-stub-photo", "i18-en-stmt-ca-kamloops-credit-union-withdrawals-first-scan"]),
    ("en-laid-off-boatyard-laminator", INDEP18_CHECKLIST, "unemployment", "2026-11-25",
     ["i18-en-unemp-fj-suva-boatyard-termination-notice-photo", "i18-en-stmt-fj-suva-savings-bank-closing-top-text"]),
    ("en-scale-house-operator-after-surgery", INDEP18_CHECKLIST, "medical", "2026-11-25",
     ["i18-en-income-us-fargo-employer-statement-of-earnings-photo", "i18-en-stmt-us-fargo-bank-app-statement-screen-image",
      "i18-en-med-us-fargo-hospital-itemised-two-page-scan"]),
]
# The nineteenth independent set's cases (bench/thirdparty/independent19.json, generated by gen_independent19.py):
# October 2026 documents against independent19-checklist.toml (set 12's rules), as of 2026-11-27; three Chinese and
# three English cases, each one person's documents naming the same person: a Macau hotel room attendant's salary slip
# photographed dim under a warm lamp with her bank's Extracto photographed under a thumb; a laid-off stamping worker's
# 解除劳动合同证明书 photographed creased with his bank app's two-page watermarked export scanned; a colliery worker's
# wage strip and his 农信社 passbook (no holder's name) photographed, the hospital's 出院结算清单 scanned; a silo
# operator's payslip photographed with the mutual bank's two-page statement scanned; a laid-off pecan plant worker's
# monetary determination photographed folded with a screenshot of her online-banking activity; a sugar factory worker's
# pay advice scanned, his credit-union passbook (no member's name) and the ambulance invoice photographed.
INDEP19_CHECKLIST = str(HERE / "thirdparty" / "independent19-checklist.toml")
INDEP19_CASES = [
    ("zh-macau-hotel-room-attendant", INDEP19_CHECKLIST, "income-drop", "2026-11-27",
     ["i19-zh-pay-macau-hotel-salary-slip-photo", "i19-zh-stmt-macau-bank-extracto-photo"]),
    ("zh-laid-off-stamping-worker", INDEP19_CHECKLIST, "unemployment", "2026-11-27",
     ["i19-zh-unemp-jieyang-contract-termination-proof-photo", "i19-zh-stmt-jieyang-mobile-bank-export-watermarked-scan"]),
    ("zh-colliery-worker-after-surgery", INDEP19_CHECKLIST, "medical", "2026-11-27",
     ["i19-zh-pay-hebi-colliery-wage-strip-photo", "i19-zh-stmt-hebi-rcc-passbook-open-photo",
      "i19-zh-med-hebi-discharge-settlement-scan"]),
    ("en-silo-operator", INDEP19_CHECKLIST, "income-drop", "2026-11-27",
     ["i19-en-pay-za-mahikeng-silo-payslip-photo", "i19-en-stmt-za-mahikeng-two-page-cr-dr-scan"]),
    ("en-laid-off-pecan-plant-worker", INDEP19_CHECKLIST, "unemployment", "2026-11-27",
     ["i19-en-unemp-us-nm-monetary-determination-letter-photo", "i19-en-stmt-us-nm-browser-printed-activity-image"]),
    ("en-sugar-factory-worker-after-an-ambulance-ride", INDEP19_CHECKLIST, "medical", "2026-11-27",
     ["i19-en-pay-jm-savanna-la-mar-sugar-payslip-scan", "i19-en-stmt-jm-cane-growers-credit-union-passbook-photo",
      "i19-en-med-jm-frome-ambulance-invoice-photo"]),
]
# The twentieth independent set's cases (bench/thirdparty/independent20.json, generated by gen_independent20.py):
# October 2026 documents against independent20-checklist.toml (set 12's rules), as of 2026-11-30; three Chinese and
# three English cases, each one person's documents naming the same person: a Putian shoe-factory stitcher's piece-rate
# slip photographed with her rural bank's two-page 交易明细 scanned; a laid-off Zhoushan fishing-boat engineman's
# 终止劳动合同通知书 photographed creased with his bank app's month list as a screenshot; a Shouguang greenhouse worker's
# co-operative 收入证明 photographed, her counter-printed statement scanned and the hospital's thermal 慢特病结算单
# photographed; a Kuala Belait catering steward's payslip photographed with his bank's two-page statement scanned; a
# laid-off Limbe palm-oil mill operator's termination letter photographed folded with his FCFA statement photographed;
# a Samoan bottling-line operator's salary letter photographed, her bank app's statement as a screenshot and the medical
# centre's invoice photographed.
INDEP20_CHECKLIST = str(HERE / "thirdparty" / "independent20-checklist.toml")
INDEP20_CASES = [
    ("zh-shoe-factory-stitcher", INDEP20_CHECKLIST, "income-drop", "2026-11-30",
     ["i20-zh-pay-putian-shoe-piece-slip-photo", "i20-zh-stmt-putian-rcb-two-page-compact-dates-scan"]),
    ("zh-laid-off-fishing-boat-engineman", INDEP20_CHECKLIST, "unemployment", "2026-11-30",
     ["i20-zh-unemp-zhoushan-fishing-termination-notice-photo", "i20-zh-stmt-zhoushan-bank-app-month-list-image"]),
    ("zh-greenhouse-worker-at-the-hospital", INDEP20_CHECKLIST, "medical", "2026-11-30",
     ["i20-zh-income-shouguang-coop-year-income-certificate-photo",
      "i20-zh-stmt-shouguang-counter-landscape-teller-columns-scan",
      "i20-zh-med-shouguang-chronic-disease-thermal-slip-photo"]),
    ("en-catering-camp-steward", INDEP20_CHECKLIST, "income-drop", "2026-11-30",
     ["i20-en-pay-bn-catering-payslip-dotted-dates-photo", "i20-en-stmt-bn-two-page-summary-on-top-scan"]),
    ("en-laid-off-palm-oil-press-operator", INDEP20_CHECKLIST, "unemployment", "2026-11-30",
     ["i20-en-unemp-cm-palm-mill-economic-termination-letter-photo", "i20-en-stmt-cm-fcfa-value-date-statement-photo"]),
    ("en-bottling-line-operator-after-a-clinic-visit", INDEP20_CHECKLIST, "medical", "2026-11-30",
     ["i20-en-income-ws-bottling-fortnightly-salary-letter-photo", "i20-en-stmt-ws-bank-app-statement-screen-image",
      "i20-en-med-ws-medical-centre-invoice-balance-due-photo"]),
]
# The twenty-first independent set's cases (bench/thirdparty/independent21.json, generated by gen_independent21.py):
# November 2026 documents against independent21-checklist.toml (set 20's rules, a month on), as of 2026-12-31; three
# Chinese and three English cases, each one person's documents naming the same person. Unlike earlier sets, three are
# incomplete by their labels in known ways (the bench reports them as "not complete by its labels" and scores packet's
# missing items against the labels' own): a Zhaoqing inkstone carver's pen-filled 工资条 photographed with his bank's
# two-page 对账单 scanned and a hospital e-invoice of 2025-10-14 photographed (medical: the bill is more than a year
# old, so medical-bills is missing); a laid-off Dandong seafood-plant worker's 失业登记证明 photographed, her dark-mode
# bank app screen covering only 2026-11-10 to 2026-11-30 and her October payslip screen (unemployment: the statement
# leaves 1-9 November uncovered, so bank-statements is missing); a Yining warehouse team leader's bilingual 收入证明
# photographed, her unruled counter statement scanned and her two-page inpatient bill scanned (medical: complete); a
# Kisumu fish filleter's dot-matrix payslip photographed with his bank's ddMONyy statement scanned (income drop:
# complete); a Grenadian grading supervisor's pay advice photographed, her two-page statement scanned and her family
# practice's pen-filled receipt photographed (medical: complete); a laid-off Whitehorse crusher operator's bilingual
# layoff notice of 2026-05-15 photographed with his credit union's eStatement screen (unemployment: the notice is
# 230 days old, so income is missing).
INDEP21_CHECKLIST = str(HERE / "thirdparty" / "independent21-checklist.toml")
INDEP21_CASES = [
    ("zh-inkstone-carver-with-a-stale-hospital-e-invoice", INDEP21_CHECKLIST, "medical", "2026-12-31",
     ["i21-zh-pay-zhaoqing-handwritten-wage-note-photo", "i21-zh-stmt-zhaoqing-rcb-signed-amounts-two-page-scan",
      "i21-zh-med-zhaoqing-outpatient-e-invoice-2025-photo"]),
    ("zh-laid-off-seafood-plant-worker-part-month-statement", INDEP21_CHECKLIST, "unemployment", "2026-12-31",
     ["i21-zh-unemp-dandong-unemployment-registration-photo", "i21-zh-stmt-dandong-dark-app-partial-month-image",
      "i21-zh-pay-dandong-enterprise-chat-payslip-screen-image"]),
    ("zh-dried-fruit-warehouse-lead-in-hospital", INDEP21_CHECKLIST, "medical", "2026-12-31",
     ["i21-zh-income-yining-bilingual-income-certificate-photo", "i21-zh-stmt-yining-unruled-month-statement-scan",
      "i21-zh-med-yining-inpatient-bill-two-page-scan"]),
    ("en-fish-filleter", INDEP21_CHECKLIST, "income-drop", "2026-12-31",
     ["i21-en-pay-ke-dot-matrix-payslip-photo", "i21-en-stmt-ke-ddmonyy-cr-statement-scan"]),
    ("en-nutmeg-grading-supervisor-after-a-doctors-visit", INDEP21_CHECKLIST, "medical", "2026-12-31",
     ["i21-en-pay-gd-month-ending-payslip-photo", "i21-en-stmt-gd-brought-forward-two-page-scan",
      "i21-en-med-gd-family-practice-handwritten-receipt-photo"]),
    ("en-laid-off-crusher-operator-with-a-stale-notice", INDEP21_CHECKLIST, "unemployment", "2026-12-31",
     ["i21-en-unemp-ca-bilingual-layoff-notice-2026-05-photo", "i21-en-stmt-ca-credit-union-estatement-screen-image"]),
]
# The twenty-third independent set's cases (bench/thirdparty/independent23.json, generated by gen_independent23.py):
# November 2026 documents against independent23-checklist.toml (set 21's rules and dates), as of 2026-12-31; three
# Chinese and three English cases, each one person's documents naming the same person; three complete and three
# incomplete by their labels in known ways: a Xuchang wig-factory worker's piece-rate slip photographed, her bank
# terminal's roll print-out photographed and her dental clinic's charge slip photographed (medical: complete); a
# laid-off Jixi coal miner's 解除劳动合同证明书 of 2026-10-28 photographed with his bank app screen of the wrong month,
# October 2026 (unemployment: November is not covered, so bank-statements is missing); a Hualien stone cutter's
# 在職暨薪資證明書 of 115年11月20日 photographed, her farmers' association two-page 存款往來明細 scanned and her hospital
# receipt photographed (medical: complete); a Houma seafood peeler's pay stub photographed, her credit union statement
# scanned and her emergency room's itemized statement photographed (medical: complete); an Aberystwyth holiday-park
# worker's bilingual payslip photographed with her building society statement of 28 October to 27 November 2026 scanned
# (income drop: 28-30 November are not covered, so bank-statements is missing); a Launceston irrigation supervisor's
# salary letter of 9 September 2026 photographed with his neobank statement (income drop: the letter is 113 days old,
# past the income proof's 90, and he holds no payslip, so income is missing).
INDEP23_CHECKLIST = str(HERE / "thirdparty" / "independent23-checklist.toml")
INDEP23_CASES = [
    ("zh-wig-factory-hand-knotter-at-the-dentist", INDEP23_CHECKLIST, "medical", "2026-12-31",
     ["i23-zh-pay-xuchang-wig-piece-rate-slip-photo", "i23-zh-stmt-xuchang-terminal-roll-detail-photo",
      "i23-zh-med-xuchang-dental-charge-slip-photo"]),
    ("zh-laid-off-coal-miner-sends-octobers-screen", INDEP23_CHECKLIST, "unemployment", "2026-12-31",
     ["i23-zh-unemp-jixi-termination-certificate-with-stub-photo", "i23-zh-stmt-jixi-app-screen-october-image"]),
    ("zh-hualien-stone-cutter-after-an-orthopaedic-visit", INDEP23_CHECKLIST, "medical", "2026-12-31",
     ["i23-zh-income-hualien-employment-salary-certificate-photo",
      "i23-zh-stmt-hualien-farmers-association-two-page-scan", "i23-zh-med-hualien-hospital-fee-receipt-photo"]),
    ("en-shrimp-peeler-after-an-er-visit", INDEP23_CHECKLIST, "medical", "2026-12-31",
     ["i23-en-pay-us-houma-stub-over-void-check-photo", "i23-en-stmt-us-houma-credit-union-summary-on-top-scan",
      "i23-en-med-us-houma-er-itemized-statement-photo"]),
    ("en-holiday-park-worker-off-calendar-statement", INDEP23_CHECKLIST, "income-drop", "2026-12-31",
     ["i23-en-pay-uk-aberystwyth-bilingual-payslip-photo",
      "i23-en-stmt-uk-aberystwyth-building-society-off-calendar-scan"]),
    ("en-irrigation-supervisor-with-a-september-letter", INDEP23_CHECKLIST, "income-drop", "2026-12-31",
     ["i23-en-income-au-launceston-salary-letter-september-photo",
      "i23-en-stmt-au-launceston-neobank-day-headings-text"]),
]
# The twenty-fourth independent set's cases (bench/thirdparty/independent24.json, generated by gen_independent24.py):
# November 2026 documents against independent24-checklist.toml (set 21's rules and dates), as of 2026-12-31; three
# Chinese and three English cases, each one person's documents naming the same person; four complete and two
# incomplete by their labels in known ways: a Botou foundry worker's spreadsheet 工资条 photographed, her rural bank's
# two-page 对账单 scanned and her county hospital's 住院费用结算单 photographed (medical: complete); a Korla ginnery's
# seasonal worker with her 终止劳动合同证明书 of 2026-11-16 photographed and her bank app's 电子对账单 screen for November
# (unemployment: complete); a Taipa laundry presser's 糧單 of OCTOBER 2026 photographed, her bank's two-page 結單 for
# November scanned and her Coloane clinic's 收據 photographed (medical: her only pay paper is of the wrong month and no
# income proof is in the folder, so income is missing); an Aba shoe-factory machinist's payslip photographed, her
# microfinance bank's statement scanned and her hospital's invoice photographed (medical: complete); a retrenched
# Chaguanas poultry line operator's termination letter of 6th November 2026 photographed with her credit union's account
# history from 15 October to 30 November scanned (unemployment: complete, the history covers November); a Lae coffee
# store clerk's fortnightly pay advice photographed, his employment confirmation of 20 November 2026 photographed and his
# savings society's app screen of 16-30 November only (income drop: 1-15 November are not covered, so bank-statements is
# missing).
INDEP24_CHECKLIST = str(HERE / "thirdparty" / "independent24-checklist.toml")
INDEP24_CASES = [
    ("zh-foundry-worker-after-a-hospital-stay", INDEP24_CHECKLIST, "medical", "2026-12-31",
     ["i24-zh-pay-botou-foundry-spreadsheet-strip-photo", "i24-zh-stmt-botou-rcb-two-page-statement-scan",
      "i24-zh-med-botou-inpatient-settlement-photo"]),
    ("zh-seasonal-ginnery-worker-after-the-season", INDEP24_CHECKLIST, "unemployment", "2026-12-31",
     ["i24-zh-unemp-korla-ginnery-contract-end-photo", "i24-zh-stmt-korla-app-e-statement-screen-image"]),
    ("zh-laundry-presser-sends-octobers-payslip", INDEP24_CHECKLIST, "medical", "2026-12-31",
     ["i24-zh-pay-macau-laundry-payslip-october-photo", "i24-zh-stmt-macau-bank-two-page-extracto-scan",
      "i24-zh-med-macau-clinic-recibo-photo"]),
    ("en-shoe-machinist-after-a-specialist-visit", INDEP24_CHECKLIST, "medical", "2026-12-31",
     ["i24-en-pay-ng-aba-shoe-factory-payslip-photo", "i24-en-stmt-ng-aba-microfinance-statement-scan",
      "i24-en-med-ng-aba-hospital-invoice-photo"]),
    ("en-retrenched-poultry-line-operator", INDEP24_CHECKLIST, "unemployment", "2026-12-31",
     ["i24-en-unemp-tt-chaguanas-termination-letter-photo", "i24-en-stmt-tt-chaguanas-credit-union-history-scan"]),
    ("en-coffee-store-clerk-with-a-fifteen-day-screen", INDEP24_CHECKLIST, "income-drop", "2026-12-31",
     ["i24-en-pay-pg-lae-fortnightly-pay-advice-photo", "i24-en-income-pg-lae-employment-confirmation-photo",
      "i24-en-stmt-pg-lae-savings-app-fifteen-days-image"]),
]

# The twenty-fifth independent set's cases (bench/thirdparty/independent25.json, generated by gen_independent25.py):
# November 2026 documents against independent25-checklist.toml (set 21's rules and dates, kept), as of 2026-12-31;
# three Chinese and three English cases, each one person's documents naming the same person; four complete and two
# incomplete by their labels in known ways: a Nankang furniture sprayer's 工资条 photographed, her village bank's
# two-page 明细清单 scanned and her township health centre's 住院费用结算清单 photographed (medical: complete); a
# laid-off Renhuai distillery worker's 解除劳动合同通知书 of 2026-11-06 photographed with his bank app screen of
# 2026.11.01-2026.11.20 (unemployment: 21-30 November are not covered, so bank-statements is missing); a Danzhou rubber
# tapper's 收入证明 of 2026-11-25 photographed with her counter statement scanned (income drop: complete); a Lunenburg
# fish plant worker's stub photographed, her credit union statement scanned and her ground ambulance invoice
# photographed (medical: complete); a laid-off Sylhet tea garden clerk's termination letter of 06.11.2026 photographed
# with his bank's statement (unemployment: complete); an Alexandra orchard hand's payslip of October 2026 photographed
# with her November statement scanned (income drop: no payslip of November, no other income paper, so income is
# missing).
INDEP25_CHECKLIST = str(HERE / "thirdparty" / "independent25-checklist.toml")
INDEP25_CASES = [
    ("zh-furniture-sprayer-in-a-township-hospital", INDEP25_CHECKLIST, "medical", "2026-12-31",
     ["i25-zh-pay-nankang-paint-shop-wage-strip-photo", "i25-zh-stmt-nankang-village-bank-two-page-scan",
      "i25-zh-med-nankang-township-inpatient-settlement-photo"]),
    ("zh-laid-off-distillery-worker-whose-screen-stops-on-the-20th", INDEP25_CHECKLIST, "unemployment", "2026-12-31",
     ["i25-zh-unemp-renhuai-distillery-termination-notice-photo", "i25-zh-stmt-renhuai-app-custom-range-image"]),
    ("zh-rubber-tapper-with-an-income-certificate", INDEP25_CHECKLIST, "income-drop", "2026-12-31",
     ["i25-zh-income-danzhou-rubber-coop-income-certificate-photo", "i25-zh-stmt-danzhou-counter-flag-column-scan"]),
    ("en-fish-plant-worker-after-an-ambulance-ride", INDEP25_CHECKLIST, "medical", "2026-12-31",
     ["i25-en-pay-ca-lunenburg-fish-plant-stub-photo", "i25-en-stmt-ca-lunenburg-credit-union-statement-scan",
      "i25-en-med-ca-lunenburg-ground-ambulance-invoice-photo"]),
    ("en-laid-off-tea-garden-clerk", INDEP25_CHECKLIST, "unemployment", "2026-12-31",
     ["i25-en-unemp-bd-sylhet-tea-company-termination-letter-photo", "i25-en-stmt-bd-sylhet-bank-lakh-grouping-text"]),
    ("en-orchard-hand-sends-octobers-payslip", INDEP25_CHECKLIST, "income-drop", "2026-12-31",
     ["i25-en-pay-nz-alexandra-orchard-payslip-october-photo", "i25-en-stmt-nz-alexandra-bank-statement-scan"]),
]
CASES_OF = {HOLDOUT.resolve(): HOLDOUT_CASES, HOLDOUT2.resolve(): HOLDOUT2_CASES,
            HOLDOUT3.resolve(): HOLDOUT3_CASES, HOLDOUT4.resolve(): HOLDOUT4_CASES, HOLDOUT5.resolve(): HOLDOUT5_CASES,
            HOLDOUT6.resolve(): HOLDOUT6_CASES, HOLDOUT7.resolve(): HOLDOUT7_CASES, HOLDOUT8.resolve(): HOLDOUT8_CASES,
            HOLDOUT9.resolve(): HOLDOUT9_CASES, HOLDOUT10.resolve(): HOLDOUT10_CASES,
            HOLDOUT11.resolve(): HOLDOUT11_CASES, HOLDOUT12.resolve(): HOLDOUT12_CASES,
            HOLDOUT13.resolve(): HOLDOUT13_CASES, HOLDOUT14.resolve(): HOLDOUT14_CASES,
            HOLDOUT15.resolve(): HOLDOUT15_CASES,
            INDEP3.resolve(): INDEP3_CASES, INDEP4.resolve(): INDEP4_CASES,
            INDEP5.resolve(): INDEP5_CASES, INDEP6.resolve(): INDEP6_CASES, INDEP7.resolve(): INDEP7_CASES,
            INDEP8.resolve(): INDEP8_CASES, INDEP9.resolve(): INDEP9_CASES,
            INDEP10.resolve(): INDEP10_CASES, INDEP11.resolve(): INDEP11_CASES,
            INDEP12.resolve(): INDEP12_CASES, INDEP13.resolve(): INDEP13_CASES,
            INDEP14.resolve(): INDEP14_CASES, INDEP15.resolve(): INDEP15_CASES,
            INDEP16.resolve(): INDEP16_CASES, INDEP17.resolve(): INDEP17_CASES,
            INDEP18.resolve(): INDEP18_CASES, INDEP19.resolve(): INDEP19_CASES,
            INDEP20.resolve(): INDEP20_CASES, INDEP21.resolve(): INDEP21_CASES,
            INDEP22.resolve(): INDEP22_CASES,  # any other manifest: CASES
            INDEP23.resolve(): INDEP23_CASES,
            INDEP24.resolve(): INDEP24_CASES,
            INDEP25.resolve(): INDEP25_CASES}  # any other manifest: CASES


ENGINE = "tesseract"  # --ocr-engine: auto | tesseract | rapidocr


def understand(case: Case, ocr_langs: str, jobs: int, cache, engine: str, requested: str | None = None) -> tuple:
    """``packet check`` up to the evaluation, as the pipeline runs it (read, classify, extract, second reading,
    second look by PP-OCR, :func:`packet.pipeline.settle`): (the ReadResult, the list of Extracted). Both benches
    call this, so they measure what the product does. ``requested``: the ``--ocr-engine`` asked for ("auto" takes
    the second look at English pictures Tesseract read poorly; None: as ``engine``, an explicit choice)."""
    read = read_case(case, languages=ocr_langs, jobs=jobs, cache=cache, engine=engine)
    items = classify(read.documents, case)
    extracted = improve([extract(c, case.language) for c in items], case, languages=ocr_langs, jobs=jobs, cache=cache,
                        engine=engine)
    extracted = look_again(extracted, case, languages=ocr_langs, cache=cache, jobs=jobs,
                           look=second_look(requested or engine, engine, case.language))
    return read, settle(extracted, case)

# a bank's legal form after its name: compared without it on both sides, as the shared input cases give bank
# names ("Tidewater Bank" for a header printing "Tidewater Bank plc")
LEGAL_FORM = re.compile(r"[\s,]+(?:plc|limited|ltd\.?|n\.?\s?a\.?|inc\.?|corp(?:oration)?\.?)$", re.I)


def fold_name(s: str, field: str = "") -> str:
    s = TITLE.sub("", unicodedata.normalize("NFKC", s).strip())
    if field == "bank":
        s = LEGAL_FORM.sub("", s)
    return re.sub(r"[\s.,·・'’\-()（）]", "", s).casefold()


def same(field: str, have: str | None, want) -> bool:
    if have is None:
        return False
    wants = want if isinstance(want, list) else [want]
    for w in wants:
        if field in MONEY:
            try:
                if Decimal(str(have).replace(",", "")) == Decimal(w):
                    return True
            except InvalidOperation:
                pass
        elif field == "account_number":
            hd, wd = re.sub(r"\D", "", have), re.sub(r"\D", "", w)
            if hd and (hd == wd or (len(hd) == 4 and wd.endswith(hd))):
                return True
        elif field in NAMES:
            if fold_name(have, field) == fold_name(w, field):
                return True
        elif str(have).strip() == w:
            return True
    return False


def _first(v):
    return v[0] if isinstance(v, list) else v


class _Looks(logging.Handler):
    """Keeps the second looks by PP-OCR (packet.understanding.second_look logs one line per document looked at)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg.startswith("second look by PP-OCR"):
            self.records.append(record)


def _print_looks(looks: _Looks) -> None:
    docs = [r.args for r in looks.records]
    pages = sum(a[1] for a in docs)  # type: ignore[index]
    taken = sum(1 for a in docs if a[-1] == "taken")  # type: ignore[index]
    print(f"  second look by PP-OCR: {len(docs)} document(s), {pages} page(s), {taken} taken")
    for r in looks.records:
        print("    " + r.getMessage())


def read_corpus(folder: Path, docs: list[dict], jobs: int, cache_dir: Path | None) -> dict[str, Extracted]:
    """{doc id: Extracted}, read through the real stages, one case folder per language (copies)."""
    from packet.reading.ocr_cache import OcrCache

    looks = _Looks()
    logger = logging.getLogger("packet.understanding.second_look")
    logger.addHandler(looks)
    logger.setLevel(logging.INFO)

    cache = OcrCache(cache_dir) if cache_dir else None
    got: dict[str, Extracted] = {}
    files = {p.stem: p for p in folder.iterdir()}
    with tempfile.TemporaryDirectory(prefix="packet-thirdparty-") as tmp:
        for lang, ocr_langs in LANGS.items():
            root = Path(tmp) / lang
            root.mkdir()
            for d in docs:
                if d["lang"] == lang and d["id"] in files:
                    shutil.copy2(files[d["id"]], root / files[d["id"]].name)  # a copy: packet never follows a link out of a case
            checklist = "en-hardship" if lang == "en" else "zh-stop-collection"
            case = Case(root=root, request=Request(language=lang, checklist=checklist))
            t = time.monotonic()
            eng = choose(ENGINE, lang)
            read, extracted = understand(case, ocr_langs, jobs, cache, eng, ENGINE)
            for e in read.errors:
                print(f"  ! {lang}/{e.rel}: {e.code} {e.message}")
            for e in extracted:
                got[Path(e.document.rel).stem] = e
            print(f"  read [{eng}] {lang}: {len(read.documents)} documents in {time.monotonic() - t:.1f} s")
    logger.removeHandler(looks)
    _print_looks(looks)
    return got


def method_family(method: str) -> str:
    """An evidence method without the suffixes a later step adds ("near-label+second-reading" -> "near-label"), so
    the reliability table pools a way of finding values however it was touched after."""
    return method.split("+")[0] or "?"


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} %" if b else "    - "


def score(docs: list[dict], got: dict[str, Extracted]) -> tuple[list[str], dict]:
    failures: list[str] = []
    types = defaultdict(lambda: [0, 0])
    fields = defaultdict(lambda: [0, 0, 0])  # right, reported, labelled
    bands = defaultdict(lambda: [0, 0])  # confidence band of the evidence -> right, wrong (fields reported)
    methods = defaultdict(lambda: [0, 0, 0.0])  # how a value was found -> right, reported, sum of its confidences
    for d in docs:
        e = got.get(d["id"])
        if e is None:
            continue
        keys = [("all",), ("type", d["type"]), ("form", d["form"]), ("lang", d["lang"]), ("origin", d["origin"]),
                ("lang+form", f"{d['lang']} {d['form']}")]
        for k in keys:
            types[k][0] += e.type == d["type"]
            types[k][1] += 1
        if e.type != d["type"]:
            failures.append(f"{d['id']}: type {e.type}, expected {d['type']}")
        for f in FIELDS[d["type"]]:
            have = e.fields.get(f) if e.type == d["type"] else None
            want = d["fields"].get(f)
            ok = want is not None and same(f, have, want)
            for k in keys + [("field", f)]:
                fields[k][0] += ok
                fields[k][1] += have is not None
                fields[k][2] += want is not None
            if have is not None and f in e.evidence:
                c = e.evidence[f].confidence
                bands[">= 0.9" if c >= 0.9 else ">= 0.6" if c >= UNCERTAIN_BELOW else "< 0.6"][0 if ok else 1] += 1
                m = methods[method_family(e.evidence[f].method)]
                m[0] += ok
                m[1] += 1
                m[2] += c
            if not ok and e.type == d["type"] and (want is not None or have is not None):
                sure = (f" (confidence {e.evidence[f].confidence:.2f}{', WRONG AT >= 0.9' if e.evidence[f].confidence >= 0.9 else ''})"
                        if have is not None and f in e.evidence else "")
                failures.append(f"{d['id']}: {f} = {have!r}, expected {_first(want)!r}{sure}")
    print("\nType accuracy (third-party corpus)")
    for k in sorted(types, key=lambda k: (len(k), k)):
        print(f"  {'/'.join(k):28} {pct(*types[k])}  ({types[k][0]}/{types[k][1]})")
    print("\nFields                         precision   recall   (right / reported / labelled)")
    for k in sorted(fields, key=lambda k: (len(k), k)):
        r, rep, lab = fields[k]
        print(f"  {'/'.join(k):28}  {pct(r, rep)}   {pct(r, lab)}   ({r} / {rep} / {lab})")
    print("\nFields reported, by the confidence of their evidence   right / reported   wrong")
    for band in (">= 0.9", ">= 0.6", "< 0.6"):
        right, wrong = bands[band]
        print(f"  {band:8}  {pct(right, right + wrong)}   ({right} / {right + wrong})   {wrong}")
    hi_right, hi_wrong = bands[">= 0.9"]
    reported = sum(r + w for r, w in bands.values())
    print(f"  wrong with confidence >= 0.9: {pct(hi_wrong, reported)} of the fields reported ({hi_wrong})")
    print("\nFields reported, by how they were found   right / reported   mean confidence   (over: mean above right)")
    for name, (right, rep, conf) in sorted(methods.items(), key=lambda kv: -kv[1][1]):
        mean = conf / rep
        over = "  over" if mean > right / rep + 0.05 else ""
        print(f"  method/{name:30} {pct(right, rep)}   ({right} / {rep})   {mean:.2f}{over}")
    return failures, {"types": dict(types), "fields": dict(fields), "bands": {(k,): v for k, v in bands.items()}}


def _extracted(e: Extracted, type_: str, fields: dict) -> Extracted:
    return Extracted(e.document, type_, fields)


def _missing_items(report) -> set[tuple[str, str]]:
    out = set()
    for m in report.missing:
        out.add((m.requirement, ""))
        out |= {(m.requirement, d) for d in m.detail}
    return out


def case_bench(docs: list[dict], got: dict[str, Extracted], cases: list | None = None) -> list[str]:
    cases = CASES if cases is None else cases
    by_id = {d["id"]: d for d in docs}
    failures: list[str] = []
    tp = fp = fn = verdict_ok = n_cases = 0
    for name, checklist, hardship, as_of, ids in cases:
        if any(i not in got for i in ids):
            failures.append(f"case {name}: skipped, documents absent")
            continue
        cl = load_checklist(checklist)
        lang = "zh" if checklist.startswith("zh") else "en"
        case = Case(root=Path(f"/{name}"), applicant=Applicant(),
                    request=Request(language=lang, checklist=cl.name, hardship=hardship))
        day = date.fromisoformat(as_of)
        variants = [("complete", ids)] + [(f"without {i}", [j for j in ids if j != i]) for i in ids]
        for vname, sub in variants:
            truth = [_extracted(got[i], by_id[i]["type"],
                                {f: _first(by_id[i]["fields"].get(f)) for f in FIELDS[by_id[i]["type"]]}) for i in sub]
            want = _missing_items(evaluate(truth, (), case, cl, day))
            if vname == "complete" and want:
                failures.append(f"case {name}: not complete by its labels: {sorted(want)}")
            have = _missing_items(evaluate([got[i] for i in sub], (), case, cl, day))
            tp, fp, fn = tp + len(want & have), fp + len(have - want), fn + len(want - have)
            n_cases += 1
            verdict_ok += (not want) == (not have)
            for x in sorted(have ^ want):
                failures.append(f"case {name} {vname}: {'extra' if x in have else 'lost'} missing item {x}")
    print(f"\nCases: {n_cases} ({len(cases)} complete, the rest each minus one document); "
          f"right complete/incomplete verdict {verdict_ok}/{n_cases}")
    print(f"Missing items     precision {pct(tp, tp + fp)}   recall {pct(tp, tp + fn)}   "
          f"({tp} right, {fp} extra, {fn} lost)")
    return failures


def run(folder: Path | None, jobs: int, cache_dir: Path | None, json_out: Path | None = None,
        manifest: Path = MANIFEST) -> None:
    """Score the documents of ``manifest`` (the development corpus, or ``HOLDOUT``/``HOLDOUT2``/``HOLDOUT3``/``INDEP3``/
    ``INDEP4``:
    a hold-out or independent set, with its own cases); the files are brought into ``folder`` (default:
    fetch_corpus.default_dest for that manifest)."""
    docs = load_manifest(manifest)
    folder = folder or default_dest(manifest)
    got_files = fetch(folder, Path("/work/.mirror"), manifest=manifest)
    present = [d for d in docs if d["id"] in got_files]
    counts = defaultdict(int)
    for d in present:
        counts[(d["type"], d["lang"], d["form"], d["origin"])] += 1
    print(f"third-party corpus ({manifest.name}): {len(present)} of {len(docs)} documents in {folder}")
    got = read_corpus(folder, present, jobs, cache_dir)
    failures, numbers = score(present, got)
    failures += case_bench(present, got, CASES_OF.get(manifest.resolve(), CASES))
    print(f"\nWhat failed ({len(failures)}):")
    for f in failures:
        print("  " + f)
    if json_out:
        json_out.write_text(json.dumps({"/".join(k): v for part in numbers.values() for k, v in part.items()},
                                       indent=1))
