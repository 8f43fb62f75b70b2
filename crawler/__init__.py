"""The thin Scrapy project of repwatch: fetch pages politely and spool them to disk.

Only this package imports scrapy/twisted. It knows nothing about matching, evidence or digests:
it reads a crawl job (JSON written by ``repwatch.crawl``), fetches, and appends every exchange
to a spool (``pages.jsonl`` plus bodies named by SHA-256) that ``repwatch.run`` reads.
"""
