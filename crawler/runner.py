"""Run one crawl job in this process: ``python -m crawler.runner JOB.json``.

``repwatch.crawl`` starts this as a child process, so the Twisted reactor (which cannot be
restarted) lives and dies with the crawl, and a crash here cannot corrupt the parent's state.
"""

from __future__ import annotations

import json
import sys

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.spiders.site import SiteSpider


def settings_for(job: dict) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    limits = job.get("settings", {})
    settings.setdict(
        {
            "USER_AGENT": job.get("user_agent") or settings.get("USER_AGENT"),
            "ROBOTSTXT_OBEY": job.get("obey_robots", True),
            "DOWNLOAD_MAXSIZE": limits.get("max_response_bytes", 10 * 1024 * 1024),
            "DOWNLOAD_TIMEOUT": limits.get("timeout_seconds", 20),
            "REDIRECT_MAX_TIMES": limits.get("max_redirects", 5),
            "DOWNLOAD_DELAY": limits.get("download_delay", 0.5),
            "AUTOTHROTTLE_START_DELAY": max(limits.get("download_delay", 0.5), 0.01),
            "CONCURRENT_REQUESTS": limits.get("concurrent_requests", 8),
            # Each site has its own clock (SiteBudgetMiddleware); this is the backstop for the
            # whole crawl, with room for the last requests to time out.
            "CLOSESPIDER_TIMEOUT": limits.get("crawl_timeout_seconds")
            or limits.get("site_timeout_seconds", 600) + limits.get("timeout_seconds", 20) + 5,
            "REPWATCH_SITE_TIMEOUT": limits.get("site_timeout_seconds", 600),
            "REPWATCH_MAX_RETRY_AFTER": limits.get("max_retry_after_seconds", 30),
            "DNS_TIMEOUT": min(10, limits.get("timeout_seconds", 20)),
            "REPWATCH_SPOOL": job["spool"],
            "REPWATCH_ALLOW_PRIVATE": job.get("allow_private_addresses", False),
            "REPWATCH_JOB": job,
        },
        priority="cmdline",
    )
    return settings


def main(argv: list[str]) -> int:
    with open(argv[0], encoding="utf-8") as fh:
        job = json.load(fh)
    process = CrawlerProcess(settings_for(job), install_root_handler=True)
    process.crawl(SiteSpider, job=job)
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
