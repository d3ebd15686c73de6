"""The demo paper opens with a story budget, so Rencana liputan is not empty."""

import pytest

from warta.demo.loader import DemoLoader
from warta.planning.models import PlanItem

pytestmark = pytest.mark.django_db


def test_the_demo_paper_has_a_budget_with_its_people(admin_client):
    items = {item.slug_line: item for item in PlanItem.objects.select_related()}
    flood = items["BANJIR-ROB"]
    assert flood.desk.slug == "nasional" and flood.channel == "both"
    assert flood.writer.name == "Rina Wulandari"
    assert flood.photographer.name == "Agus Setiawan"
    assert items["MENLU-ASEAN"].day > flood.day  # tomorrow's meeting too
    day = f"{flood.day:%Y-%m-%d}"
    listing = admin_client.get(f"/admin/rencana/?hari={day}").content.decode()
    assert "BANJIR-ROB" in listing and "16.00 WIB" in listing


def test_loading_the_demo_again_adds_no_second_budget():
    before = PlanItem.objects.count()
    DemoLoader().load()
    assert PlanItem.objects.count() == before
