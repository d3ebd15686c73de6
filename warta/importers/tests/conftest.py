import pytest
from django.core.management import call_command

from warta.importers.tests.exports import write_export


def run_import(*args):
    from io import StringIO

    out = StringIO()
    call_command("import_wordpress", *map(str, args), "--no-progress", stdout=out)
    return out.getvalue()


@pytest.fixture
def export(tmp_path):
    return write_export(tmp_path)


@pytest.fixture
def imported(db, export):
    path, media_dir = export
    return run_import(path, "--media-dir", media_dir)
