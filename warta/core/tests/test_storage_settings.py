"""WARTA_S3_BUCKET puts uploaded media on S3-compatible storage (django-storages)."""

import json
import os
import subprocess
import sys

import pytest

CODE = (
    "import django, json; django.setup(); from django.conf import settings; "
    "from django.core.files.storage import storages; s = storages['default']; "
    "print(json.dumps("
    "[type(s).__module__, s.bucket_name, s.endpoint_url, settings.WARTA_SERVE_MEDIA,"
    " s.url('images/a.jpg')]))"
)


def test_the_bucket_setting_switches_media_to_s3():
    pytest.importorskip("storages.backends.s3")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "warta.settings.demo",
        "SECRET_KEY": "x",
        "WARTA_S3_BUCKET": "warta-media",
        "WARTA_S3_ENDPOINT_URL": "http://127.0.0.1:9",
        "WARTA_S3_CUSTOM_DOMAIN": "media.warta.example",
        "AWS_ACCESS_KEY_ID": "uji",
        "AWS_SECRET_ACCESS_KEY": "uji",
    }
    result = subprocess.run(
        [sys.executable, "-c", CODE], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    module, bucket, endpoint, serve_media, url = json.loads(result.stdout)
    assert module == "storages.backends.s3"
    assert (bucket, endpoint, serve_media) == (
        "warta-media",
        "http://127.0.0.1:9",
        False,
    )
    assert url == "https://media.warta.example/images/a.jpg"
