"""Local stand-ins for the search APIs and alert feeds, one per provider, on 127.0.0.1.

Each reproduces the provider's documented request checks, response bodies and error cases
(see /work/shared/reference/search-apis.md §11) closely enough that the client code in
``repwatch.sources`` cannot tell them from the real thing.
"""
