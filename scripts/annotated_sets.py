"""The project's annotated sets, by how blind they still are (each set's README says so).

PROJECT_SETS have been read or tuned on: the confidence model learns from them. UNREAD_SETS
have never been read by anyone working on the engine: they are measured only, as the closest
thing to unseen articles (`scripts/eval_never_read.py` gives their aggregate). A new set
written by someone who has not read the engine joins UNREAD_SETS after its first sight.
"""

PROJECT_SETS = [
    "tests/extraction/fixtures",
    "tests/extraction/heldout",
    "tests/extraction/blind",
    # tuned on in sessions 8 to 16 (their READMEs); blind4, blind9 to blind11, blind13,
    # blind15, blind16, blind18 to blind21, blind23, blind24, blind26 to blind56,
    # never read, stay out (UNREAD_SETS)
    "tests/extraction/blind3",
    "tests/extraction/blind5",
    "tests/extraction/blind6",
    "tests/extraction/blind7",
    "tests/extraction/blind8",
    "tests/extraction/blind12",
    "tests/extraction/blind14",
    "tests/extraction/blind17",
    "tests/extraction/blind22",
    "tests/extraction/blind25",
]
# never read nor learned from: measured only, as the closest thing to unseen articles
UNREAD_SETS = [
    "tests/extraction/blind4",
    "tests/extraction/blind9",
    "tests/extraction/blind10",
    "tests/extraction/blind11",
    "tests/extraction/blind13",
    "tests/extraction/blind15",
    "tests/extraction/blind16",
    "tests/extraction/blind18",
    "tests/extraction/blind19",
    "tests/extraction/blind20",
    "tests/extraction/blind21",
    "tests/extraction/blind23",
    "tests/extraction/blind24",
    "tests/extraction/blind26",
    "tests/extraction/blind27",
    "tests/extraction/blind28",
    "tests/extraction/blind29",
    "tests/extraction/blind30",
    "tests/extraction/blind31",
    "tests/extraction/blind32",
    "tests/extraction/blind33",
    "tests/extraction/blind34",
    "tests/extraction/blind35",
    "tests/extraction/blind36",
    "tests/extraction/blind37",
    "tests/extraction/blind38",
    "tests/extraction/blind39",
    "tests/extraction/blind40",
    "tests/extraction/blind41",
    "tests/extraction/blind42",
    "tests/extraction/blind43",
    "tests/extraction/blind44",
    "tests/extraction/blind45",
    "tests/extraction/blind46",
    "tests/extraction/blind47",
    "tests/extraction/blind48",
    "tests/extraction/blind49",
    "tests/extraction/blind50",
    "tests/extraction/blind51",
    "tests/extraction/blind52",
    "tests/extraction/blind53",
    "tests/extraction/blind54",
    "tests/extraction/blind55",
    "tests/extraction/blind56",
]
