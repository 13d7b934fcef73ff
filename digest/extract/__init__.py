"""Fact extraction: from an article's raw text to the drafted front matter of an entry.

``drafting.draft`` ties the pieces together; each module handles one kind of fact.
"""
