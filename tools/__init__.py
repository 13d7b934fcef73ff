"""Developer tools kept out of the installed package: the build benchmark (``tools.bench``)."""
