"""Pelican settings for publishing: the public address, same pages, feeds and sitemap."""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *  # noqa: F403

SITEURL = os.environ.get("DIGEST_SITEURL", "https://provincial-diplomacy-digest.github.io")
DELETE_OUTPUT_DIRECTORY = True
# What is published is built from nothing: no build cache, every search shard indexed afresh.
DIGEST = {**DIGEST, "cache": False}  # noqa: F405
