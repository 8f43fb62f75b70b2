"""Scrapy settings: polite, guarded defaults. ``crawler.runner`` overrides the per-watchlist
values ([crawl] limits) from the job file that ``repwatch.crawl`` writes."""

BOT_NAME = "repwatch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = "repwatch (+https://github.com/repwatch/repwatch)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 20
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 0
REDIRECT_MAX_TIMES = 5
RETRY_TIMES = 1
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
HTTPERROR_ALLOW_ALL = True  # the spider records 4xx/5xx as source errors itself
DEPTH_PRIORITY = 1  # breadth first, so max_pages keeps the pages nearest the start
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
LOG_LEVEL = "WARNING"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"

# The guard runs first (before robots.txt is even asked for); RetryAfter sees 429/503 before
# Scrapy's RetryMiddleware (550), which would retry at once whatever the server asked.
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.AddressGuardMiddleware": 40,
    "crawler.middlewares.SiteBudgetMiddleware": 45,
    "crawler.middlewares.ConditionalRequestMiddleware": 60,
    "crawler.middlewares.RetryAfterMiddleware": 560,
    "crawler.middlewares.RedirectLoopMiddleware": 610,
}
# Every connection's address comes from the guard (DNS rebinding cannot slip past it).
TWISTED_DNS_RESOLVER = "crawler.resolver.GuardedResolver"
DNS_TIMEOUT = 10
# An untrusted certificate is reported as a fault rather than read silently.
DOWNLOAD_VERIFY_CERTIFICATES = True
# Hostile input: Scrapy enforces DOWNLOAD_MAXSIZE on the declared Content-Length, on the bytes
# received and (HttpCompressionMiddleware) on the decompressed size, so a gzip bomb stops there.
URLLENGTH_LIMIT = 2000
METAREFRESH_MAXDELAY = 5
ITEM_PIPELINES = {
    "crawler.pipelines.SpoolPipeline": 100,
}
