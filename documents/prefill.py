"""Read the number, issue date, form and summary from a document's first page, where they can be.

Vietnamese administrative documents share one layout (Nghị định 30/2020/NĐ-CP):
"Số: 15/2024/QĐ-UBND" under the issuing body, "…, ngày 12 tháng 3 năm 2024" under the
motto, then the form in capitals and the summary. What is found is offered to the clerk
to confirm, never saved as is.
"""

import re
from datetime import date

_NUMBER = re.compile(r"Số\s*:\s*(\d+[\w/.\-]*[A-ZĐ][\w/.\-]*)")
_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_BODY_START = re.compile(r"^(Căn cứ|Theo đề nghị|Điều \d|Kính gửi|Thực hiện|I\.|1\.)")
SUMMARY_MAX = 1000


def read_first_page(text: str, type_names) -> dict:
    """Fields found in `text` (a first page, lines kept); `type_names` are the known forms."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    found = {}
    number = _NUMBER.search(text)
    if number:
        found["number"] = number.group(1).rstrip(".")
    issued = _issue_date(text)
    if issued:
        found["issued_on"] = issued
    heading = _form_heading(lines, type_names)
    if heading is not None:
        index, name = heading
        found["doc_type"] = name
        summary = _summary_after(lines, index)
        if summary:
            found["summary"] = summary
    return found


def _issue_date(text: str) -> date | None:
    match = _DATE.search(text)
    if not match:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _form_heading(lines, type_names):
    """The line that is a form's name in capitals ("QUYẾT ĐỊNH"), and that form's name."""
    by_caps = {name.upper(): name for name in type_names}
    for index, line in enumerate(lines):
        if line in by_caps:
            return index, by_caps[line]
    return None


def _summary_after(lines, index) -> str:
    taken = []
    for line in lines[index + 1 : index + 6]:
        if _BODY_START.match(line) or line.isupper():
            break
        taken.append(line)
    return " ".join(taken)[:SUMMARY_MAX]
