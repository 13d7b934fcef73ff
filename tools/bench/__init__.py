"""Benchmark of the site build at scale (``invoke bench --entries N``).

A synthetic, deterministic corpus (``corpus``, ``lexicon``) is built by our site, by plain
Pelican and by Hugo (``hugo``, ``runner``); the search bundle's transfer for a typical query is
measured in Chromium (``search``), and one build can be profiled (``profile``). Results and
how to read them: PERFORMANCE.md.
"""
