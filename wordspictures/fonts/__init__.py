"""The typefaces: Lexend and its fallbacks from their pip packages, pinned to static
weights once and kept in the cache, and which letters of an account none of them has.

May import: ``account``, ``system``, ``errors``, ``problems``.
"""
