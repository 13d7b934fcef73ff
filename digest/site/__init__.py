"""The Pelican plugin: ``PLUGINS = ["digest.site"]``.

Pelican is imported only when the plugin is registered, so that the plugin's settings and
helpers can be imported (by docs and tests) without loading it.
"""


def register() -> None:
    from digest.site.plugin import connect

    connect()
