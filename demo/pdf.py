"""A real PDF of an administrative document, with its text extractable (embedded Unicode font).

Laid out like a Vietnamese administrative document (Nghị định 30/2020 style, simplified):
issuer and number on the left, the national motto on the right, the form, the summary,
then the body.
"""

from fontpkg_open_sans import ROOT as FONT_ROOT
from fpdf import FPDF

FONT = FONT_ROOT / "files" / "OpenSans[wdth,wght].ttf"
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc"


def document_pdf(*, issuer, number, place_date, form, summary, paragraphs, signer="") -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.add_font("body", "", str(FONT))
    pdf.add_page()
    pdf.set_font("body", size=10)
    top = pdf.get_y()
    pdf.multi_cell(
        75, 5, f"{issuer.upper()}\nSố: {number}", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_xy(100, top)
    pdf.multi_cell(95, 5, f"{MOTTO}\n{place_date}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("body", size=14)
    pdf.multi_cell(0, 7, form.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("body", size=11)
    pdf.multi_cell(0, 6, summary, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    if signer:
        pdf.ln(6)
        pdf.set_x(110)
        pdf.multi_cell(85, 6, signer, align="C", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
